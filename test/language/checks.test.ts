/**
 * One runner for every check resource: each test/language/resources/checks/**\/*.toc states in
 * `// $TEST$` comments the diagnostics it must get (see support/test-comments.ts). The runner checks all
 * files as `toc check` would (one workspace, imports followed, toc.config.json honoured) and compares
 * the full list: a missing diagnostic, an unexpected one, a wrong range, severity or message language
 * all fail.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { LangiumDocument } from 'langium';
import { beforeAll, describe, expect, it } from 'vitest';
import { NodeFileSystem } from 'langium/node';
import { createTocServices, FixedClock, RULES } from 'toc-language';
import { loadWorkspace } from 'toc-language/node';
import { JARGON, messageLanguages } from './support/message-language.js';
import { compare, formatDiagnostic, messageOf, parseTestComments, severityOf, type TestFile } from './support/test-comments.js';

const ROOT = path.join(__dirname, 'resources', 'checks');
/** "Today" for the follow-up rules, as the resources in follow-up/ say. */
const TODAY = '2026-06-01';

function walk(dir: string): string[] {
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap(e => {
        const p = path.join(dir, e.name);
        return e.isDirectory() ? walk(p) : e.name.endsWith('.toc') ? [p] : [];
    }).sort();
}

const FILES = walk(ROOT);
/** A resource whose $TEST$ comments cannot be read fails on its own, not the whole suite. */
function readTests(file: string): TestFile | Error {
    try {
        return parseTestComments(fs.readFileSync(file, 'utf8'));
    } catch (e) {
        return e as Error;
    }
}
const TESTS = new Map<string, TestFile | Error>(FILES.map(f => [f, readTests(f)]));
const parsed = (file: string): TestFile => {
    const t = TESTS.get(file)!;
    if (t instanceof Error) throw t;
    return t;
};
let documents = new Map<string, LangiumDocument>();

beforeAll(async () => {
    const loaded = await loadWorkspace(FILES, createTocServices(NodeFileSystem, { model: { Clock: () => new FixedClock(TODAY) } }).Toc);
    documents = new Map(loaded.documents.map(d => [path.resolve(d.uri.fsPath), d]));
}, 120_000);

function diagnosticsOf(file: string) {
    const doc = documents.get(path.resolve(file));
    expect(doc, `${file} was not loaded`).toBeDefined();
    const diagnostics = doc!.diagnostics ?? [];
    return { diagnostics, ...compare(parsed(file).expectations, diagnostics) };
}

function checkFile(file: string): void {
    const { diagnostics, pairs, missing, unexpected, forbidden } = diagnosticsOf(file);
    expect({ missing, unexpected, forbidden }, `diagnostics of ${path.relative(ROOT, file)}`).toEqual({ missing: [], unexpected: [], forbidden: [] });
    for (const [e, d] of pairs) {
        expect(messageLanguages(messageOf(d)), `language of "${messageOf(d)}" (${e.source})`).toEqual([e.lang]);
    }
    for (const d of diagnostics) {
        expect(messageOf(d), 'no parser jargon').not.toMatch(JARGON);
        if (d.code === 'syntax-error' || d.code === 'unresolved-reference') expect(severityOf(d), formatDiagnostic(d)).toBe('error');
        expect(d.source).toBe('toc');
    }
}

describe('check resources', () => {
    for (const file of FILES) {
        const name = path.relative(ROOT, file);
        const t = TESTS.get(file)!;
        const bug = t instanceof Error ? undefined : t.knownBug;
        // A known bug: the expectations describe the right behaviour, so today the diagnostics differ from
        // them (and only that: a crash while loading still fails). When the bug is fixed, this fails.
        if (bug) it(`${name} (known bug: ${bug})`, () => {
            const { missing, unexpected, forbidden } = diagnosticsOf(file);
            expect([...missing, ...unexpected, ...forbidden], 'the known bug is gone: remove `$TEST$ known-bug`').not.toEqual([]);
        });
        else it(name, () => checkFile(file));
    }
});

describe('coverage of the resources', () => {
    it('every rule of the catalogue is expected somewhere, with a Dutch and an English message', () => {
        const seen = new Set<string>();
        for (const t of TESTS.values()) {
            if (t instanceof Error || t.knownBug) continue;
            for (const e of t.expectations) if (!e.negated) seen.add(`${e.rule}/${e.lang}`);
        }
        const missing = Object.keys(RULES).flatMap(rule => (['nl', 'en'] as const).map(lang => `${rule}/${lang}`)).filter(k => !seen.has(k));
        expect(missing).toEqual([]);
    });

    it('the $TEST$ parser finds expectations in every resource file', () => {
        const empty = FILES.filter(f => { const t = TESTS.get(f)!; return !(t instanceof Error) && t.expectations.length === 0; }).map(f => path.relative(ROOT, f));
        expect(empty).toEqual([]);
    });
});
