/**
 * The examples say in their opening comment what `toc check` reports about them; this test holds them to
 * it. The comment is the only source of truth: a line `//   warning rule-id: Name, Name` per finding
 * (Name is the text the finding is placed on), and nothing reported that is not listed. The full example
 * of docs/language.md (zorgzame-buurt.toc, the method's own example) is held to what the method promises.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { AstUtils, CstUtils, GrammarAST, type LangiumDocument } from 'langium';
import { beforeAll, describe, expect, it } from 'vitest';
import { collectTocFiles, loadWorkspace } from 'toc-language/node';
import type { TocCoreServices } from 'toc-language';
import { messageOf, severityOf } from './support/test-comments.js';

const EXAMPLES = path.resolve(__dirname, '../../examples');
const FULL_EXAMPLE = path.join(EXAMPLES, 'zorgzame-buurt.toc');
const FILES = collectTocFiles([EXAMPLES]);

let documents = new Map<string, LangiumDocument>();
let services: TocCoreServices;

beforeAll(async () => {
    // The whole folder at once, as `toc check examples` does: imports see the files that import them.
    const loaded = await loadWorkspace(FILES);
    services = loaded.services;
    documents = new Map(loaded.documents.map(d => [path.resolve(d.uri.fsPath), d]));
}, 120_000);

/** `severity rule @ text` for each finding, sorted, so two lists compare as multisets. */
function findings(doc: LangiumDocument): string[] {
    const lines = doc.textDocument.getText().split(/\r?\n/);
    return (doc.diagnostics ?? []).map(d => {
        const { start, end } = d.range;
        const text = start.line === end.line ? lines[start.line]!.slice(start.character, end.character) : `${start.line + 1}:${start.character + 1}`;
        return `${severityOf(d)} ${String(d.code)} @ ${text}`;
    }).sort();
}

const HEADER_FINDING = /^\/\/\s+(error|warning|info|hint)\s+([a-z][a-z-]*):\s*(.+?)\s*$/;

/** The findings an example's opening comment promises. */
function promised(text: string): { said: boolean; list: string[] } {
    const list: string[] = [];
    let said = false;
    for (const line of text.split(/\r?\n/)) {
        if (!line.startsWith('//')) break;
        if (/Wat de controles melden|What the checks report/.test(line)) said = true;
        const m = HEADER_FINDING.exec(line);
        if (m) for (const name of m[3]!.split(',')) list.push(`${m[1]} ${m[2]} @ ${name.trim()}`);
    }
    return { said, list: list.sort() };
}

describe('examples report what their opening comment says', () => {
    for (const file of FILES.filter(f => f !== FULL_EXAMPLE)) {
        it(path.relative(EXAMPLES, file), () => {
            const header = promised(fs.readFileSync(file, 'utf8'));
            expect(header.said, 'the opening comment says what the checks report').toBe(true);
            const doc = documents.get(file)!;
            expect(doc.parseResult.parserErrors).toEqual([]);
            expect(doc.parseResult.lexerErrors).toEqual([]);
            expect(findings(doc)).toEqual(header.list);
        });
    }
});

describe('the full example of docs/language.md (examples/zorgzame-buurt.toc)', () => {
    it('is the example of docs/language.md, verbatim', () => {
        const md = fs.readFileSync(path.resolve(__dirname, '../../docs/language.md'), 'utf8');
        const block = /## The full example[\s\S]*?```\n([\s\S]*?)```/.exec(md);
        expect(block, 'docs/language.md has its full example').not.toBeNull();
        expect(fs.readFileSync(FULL_EXAMPLE, 'utf8')).toBe(block![1]);
    });

    it('parses without errors and reports what the method promises, and nothing wrong', () => {
        const doc = documents.get(FULL_EXAMPLE)!;
        expect(doc.parseResult.parserErrors).toEqual([]);
        expect(doc.parseResult.lexerErrors).toEqual([]);
        expect((doc.diagnostics ?? []).filter(d => severityOf(d) === 'error').map(messageOf)).toEqual([]);
        expect(findings(doc)).toEqual([
            'warning goal-without-action @ Rechten',
            'warning subgoal-without-action @ Aanspreekpunt',
            'warning subgoal-without-action @ WegNaarRechten',
            'warning result-without-norm @ MondTotMond',
            'warning action-without-result @ HuisVanHetKind',
            'warning action-without-result @ Ontmoetingsruimte',
            'warning action-without-result @ Professional',
        ].sort());
        // LANGUAGE.md's "Aanwezigheid haalt de norm" is good news, not a finding: norm-met is off by default,
        // and the news is the result's status (inlay hint, hover, the diagram's light).
        const model = services.model.TheoryModelProvider.modelOf(doc);
        const status = model.statusOf(model.elements.find(e => e.name === 'Aanwezigheid')!);
        expect(status.state).toBe('met');
        expect(status.latest?.value).toBe(34);
    });
});

describe('the examples together', () => {
    it('use every keyword of the language', () => {
        const grammarKeywords = new Set(AstUtils.streamAllContents(services.Grammar).filter(GrammarAST.isKeyword).map(k => k.value));
        const used = new Set<string>();
        for (const doc of documents.values()) {
            const root = doc.parseResult.value.$cstNode;
            if (!root) continue;
            for (const node of CstUtils.streamCst(root)) {
                if (GrammarAST.isKeyword(node.grammarSource)) used.add(node.grammarSource.value);
            }
        }
        expect([...grammarKeywords].filter(k => !used.has(k)).sort()).toEqual([]);
    });

    it('include one in English keywords and one that imports another file', () => {
        const english = [...documents.values()].filter(d => /^\s*theory\s/m.test(d.textDocument.getText()));
        expect(english.length).toBeGreaterThanOrEqual(1);
        const importing = [...documents.values()].filter(d => /^import\s+"/m.test(d.textDocument.getText()));
        expect(importing.length).toBeGreaterThanOrEqual(1);
    });
});
