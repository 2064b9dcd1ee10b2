/** Completion in process: which keywords, in which language, where. */
import type { LangiumDocument } from 'langium';
import { describe, expect, it } from 'vitest';
import type { CompletionItem } from 'vscode-languageserver';
import { services, validated } from './support.js';

/** Completion at the `|` in the text. */
async function complete(textWithCursor: string, triggerCharacter?: string): Promise<CompletionItem[]> {
    const offset = textWithCursor.indexOf('|');
    const document: LangiumDocument = await validated(textWithCursor.replace('|', ''));
    const list = await services.lsp.CompletionProvider!.getCompletion(document, {
        textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(offset),
        context: triggerCharacter ? { triggerKind: 2, triggerCharacter } : { triggerKind: 1 },
    });
    return list?.items ?? [];
}

const labels = (items: CompletionItem[]) => items.map(i => String(i.label));

describe('completion', () => {
    it('in an empty file offers the elements in both languages', async () => {
        const l = labels(await complete('|'));
        expect(l).toEqual(expect.arrayContaining(['theorie', 'theory', 'uitdaging', 'challenge', 'actie', 'action', 'import']));
    });

    it('offers the priorities of the document\'s language after prioriteit', async () => {
        const l = labels(await complete('doel A "a" {\n    prioriteit |\n}\n'));
        expect(l.sort()).toEqual(['hoog', 'laag', 'middel']);
        const en = labels(await complete('goal A "a" {\n    priority |\n}\n'));
        expect(en.sort()).toEqual(['high', 'low', 'medium']);
    });

    it('inside a Dutch result offers norm and indicator, and Dutch properties only', async () => {
        const l = labels(await complete('actie A KT "a" {\n    resultaat "r" {\n        |\n    }\n}\n'));
        expect(l).toEqual(expect.arrayContaining(['norm', 'indicator', 'trekker', 'stap']));
        expect(l).not.toContain('owner');
        expect(l).not.toContain('actie');
    });

    it('gives a nested action snippet no arrow (it contributes to its parent) and a top-level one an arrow', async () => {
        const nested = await complete('doel A "a" {\n    |\n}\n');
        const snippet = nested.find(i => i.label === 'actie' && i.kind === 15);
        expect(snippet?.textEdit?.newText).toMatch(/^actie \$\{1:Naam\} \$\{2\|KT,MLT,LT\|\} "/);
        const top = await complete('doel A "a"\n\n|');
        expect(top.find(i => i.label === 'actie' && i.kind === 15)?.textEdit?.newText).toMatch(/-> \$\{3\|A\|\}/);
    });

    it('offers each element keyword once: the whole template, labelled as one and listed first', async () => {
        const items = await complete('uitdaging Isolement "i"\n\nuitd|');
        const entries = items.filter(i => i.label === 'uitdaging');
        expect(entries).toHaveLength(1);
        expect(entries[0]!.kind).toBe(15);
        expect(entries[0]!.labelDetails?.description).toMatch(/sjabloon/);
        expect(entries[0]!.textEdit?.newText).toMatch(/^uitdaging \$\{1:Naam\} "\$\{2:/);
        // Before any bare keyword in the list.
        const keywords = items.filter(i => i.kind !== 15).map(i => i.sortText ?? '');
        expect(keywords.every(k => (entries[0]!.sortText ?? '') < k)).toBe(true);
    });

    it('lists the targets as soon as `>` completes the arrow, with a space before the chosen name', async () => {
        const text = 'doel Contact "c" {\n    tussendoel Kennen "k"\n}\n\nactie Spel KT ->|';
        const items = await complete(text, '>');
        expect(labels(items)).toEqual(expect.arrayContaining(['Contact', 'Kennen']));
        expect(items.find(i => i.label === 'Kennen')?.textEdit?.newText).toBe(' Kennen');
        // `>` in a norm is no arrow: nothing to pick there.
        expect(await complete('actie A KT "a" {\n    resultaat "r" {\n        norm >|\n    }\n}\n', '>')).toEqual([]);
    });

    it('offers nothing while a number is typed, so Tab in a template moves on instead of inserting a keyword', async () => {
        expect(await complete('actie A KT "a" {\n    resultaat "r" {\n        norm >= 30|%\n        indicator "i"\n    }\n}\n')).toEqual([]);
        expect(await complete('actie A KT "a" {\n    resultaat "r" {\n        norm 2,5|\n    }\n}\n')).toEqual([]);
        // A name that ends in a digit still completes.
        expect(labels(await complete('doel Doel2 "d"\n\nactie A KT -> Doel2|'))).toContain('Doel2');
    });

    it('English snippets in an English document', async () => {
        const items = await complete('challenge C "c"\n\n|');
        const goal = items.find(i => i.label === 'goal' && i.kind === 15);
        expect(goal?.textEdit?.newText).toContain('goal ${1:Name} -> ${2|C|}');
        expect(goal?.textEdit?.newText).toContain('subgoal ${4:Name}');
        expect(items.find(i => i.label === 'doel')).toBeUndefined();
    });
});

describe('an empty file', () => {
    it('speaks the language of its file name, else of the editor (LSP locale)', async () => {
        const { EmptyFileSystem, URI } = await import('langium');
        const { createTocServices } = await import('../../packages/language/src/index.js');
        const { parseHelper } = await import('langium/test');
        const dutchEditor = createTocServices(EmptyFileSystem);
        await dutchEditor.shared.lsp.LanguageServer.initialize({ processId: null, rootUri: null, workspaceFolders: null, capabilities: {}, locale: 'nl-BE' });
        const englishEditor = createTocServices(EmptyFileSystem);
        const lang = async (s: typeof dutchEditor, name: string) => {
            const doc = await parseHelper(s.Toc)('', { documentUri: URI.file(`/tmp/${name}`).toString() });
            return s.Toc.model.TheoryModelProvider.modelOf(doc).lang;
        };
        expect(await lang(englishEditor, 'mijn-plan.toc')).toBe('nl');
        expect(await lang(englishEditor, 'our-plan.toc')).toBe('en');
        expect(await lang(englishEditor, 'plan.toc')).toBe('en');
        expect(await lang(dutchEditor, 'plan.toc')).toBe('nl');
        expect(await lang(dutchEditor, 'our-plan.toc')).toBe('en');
    });
});
