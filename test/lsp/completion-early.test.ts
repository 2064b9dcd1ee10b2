/**
 * Right after a keystroke the server answers completion as soon as the new text's names are indexed
 * (TOC_REQUEST_STATES in packages/language/src/lsp/toc-server.ts), before the arrows are linked again.
 * The answer must be the one the full build gives: here each edit is made the way the editor makes it
 * (DocumentBuilder.update), completion is asked at the moment the document reaches that state, and
 * again once the build is done, after `-> `, at a keyword position, at a property inside a block and at
 * offsets across the rest of the text, on the examples and on generated theories.
 */
import { DocumentState, type LangiumDocument } from 'langium';
import { createTocServices, type TocServices } from 'toc-language';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CompletionItem } from 'vscode-languageserver';
import { TOC_REQUEST_STATES } from '../../packages/language/src/lsp/toc-server.js';
import { generateTheory } from '../../bench/generate.mjs';
import { MemoryFiles } from '../language/support/memory-files.js';
import { examples } from './support.js';

const files = new MemoryFiles();
let toc: TocServices;
const early = TOC_REQUEST_STATES.CompletionProvider as DocumentState;

beforeAll(() => {
    toc = createTocServices({ fileSystemProvider: () => files }).Toc;
});

async function complete(doc: LangiumDocument, offset: number): Promise<CompletionItem[]> {
    const list = await toc.lsp.CompletionProvider!.getCompletion(doc, {
        textDocument: { uri: doc.uri.toString() }, position: doc.textDocument.positionAt(offset), context: { triggerKind: 1 },
    });
    return list?.items ?? [];
}

/** What a user sees of an item: label, kind, detail, order and what it inserts where. */
const shown = (items: CompletionItem[]) => items.map(i => JSON.stringify({
    label: i.label, kind: i.kind, detail: i.detail, sortText: i.sortText, insertText: i.insertText, textEdit: i.textEdit,
}));

/**
 * Edits the document to `text` as the editor does and asks for completion at each offset twice: when
 * the document reaches the state completion waits for, and after the whole build. Returns how many
 * items were compared.
 */
async function compareAfterEdit(doc: LangiumDocument, text: string, offsets: number[]): Promise<number> {
    const seen: Array<Promise<CompletionItem[]>> = [];
    let stateThen: DocumentState | undefined;
    const listener = toc.shared.workspace.DocumentBuilder.onDocumentPhase(early, d => {
        if (d.uri.toString() !== doc.uri.toString() || seen.length > 0) return;
        stateThen = d.state;
        // Awaited by the builder before it links: these answers are built from the unlinked document.
        for (const offset of offsets) seen.push(complete(d, offset));
        return Promise.all(seen).then(() => undefined);
    });
    try {
        files.texts.set(doc.uri.toString(), text);
        await toc.shared.workspace.DocumentBuilder.update([doc.uri], []);
    } finally {
        listener.dispose();
    }
    expect(stateThen).toBeLessThan(DocumentState.Linked);
    expect(doc.state).toBe(DocumentState.Validated);
    expect(seen.length).toBe(offsets.length);
    let compared = 0;
    for (const [i, offset] of offsets.entries()) {
        const before = shown(await seen[i]!);
        const after = shown(await complete(doc, offset));
        expect(before, `at offset ${offset} of ${JSON.stringify(text.slice(Math.max(0, offset - 40), offset))}`).toEqual(after);
        compared += after.length;
    }
    return compared;
}

function open(text: string): Promise<LangiumDocument> {
    return files.open(toc.shared, 'early', text);
}

/** What is typed at a line start: an arrow to complete, a keyword being written, a property in a new block. */
const TYPED = (lang: 'nl' | 'en') => lang === 'nl'
    ? ['actie Nieuw KT -> ', 'tussendoel Nieuw -> ', 'uitd', 'actie Nieuw "n" {\n    ', 'meting ']
    : ['action New ST -> ', 'subgoal New -> ', 'chall', 'action New "n" {\n    ', 'measurement '];

async function compareTyping(text: string, lang: 'nl' | 'en', cuts: number): Promise<{ compared: number; nonEmpty: number }> {
    const doc = await open(text);
    let compared = 0, nonEmpty = 0;
    try {
        const lineStarts = [...text.matchAll(/\n(?=\S)/g)].map(m => m.index + 1);
        const step = Math.max(1, Math.floor(lineStarts.length / cuts));
        for (const cut of lineStarts.filter((_, i) => i % step === 0)) {
            for (const typed of TYPED(lang)) {
                const edited = text.slice(0, cut) + typed + '\n' + text.slice(cut);
                // The cursor after what was typed, and a few offsets elsewhere (the text around them unchanged).
                const others = [0.2, 0.5, 0.8].map(f => Math.floor(edited.length * f));
                const n = await compareAfterEdit(doc, edited, [cut + typed.length, ...others]);
                compared += n;
                if (n > 0) nonEmpty++;
            }
            // A letter typed in a description further on, and completion after an unfinished arrow above it.
            const [arrow = ''] = TYPED(lang);
            const unfinished = text.slice(0, cut) + arrow + '\n' + text.slice(cut);
            const quote = unfinished.indexOf('"', cut + arrow.length + 1);
            if (quote > 0) {
                await compareAfterEdit(doc, unfinished, [cut + arrow.length]);
                const typedLetter = unfinished.slice(0, quote + 1) + 'x' + unfinished.slice(quote + 1);
                compared += await compareAfterEdit(doc, typedLetter, [cut + arrow.length]);
            }
        }
    } finally {
        await toc.shared.workspace.DocumentBuilder.update([], [doc.uri]);
    }
    return { compared, nonEmpty };
}

describe('completion right after a keystroke, before the arrows are linked again', () => {
    it('waits for less than the linked state', () => {
        expect(early).toBeLessThan(DocumentState.Linked);
    });

    it.each(examples())('gives the same items as after the full build in %s being typed into', async (name, text) => {
        const lang = /english|\/en\b/.test(name) || /^\s*(theory|challenge|goal)\b/m.test(text) ? 'en' : 'nl';
        const { compared, nonEmpty } = await compareTyping(text, lang, 6);
        // The lists compared are not empty: names after `->`, keywords, properties.
        expect(compared).toBeGreaterThan(100);
        expect(nonEmpty).toBeGreaterThan(10);
    }, 120_000);

    it.each([50, 200])('gives the same items as after the full build in a generated theory of %i nodes', async nodes => {
        const { text } = generateTheory({ nodes, seed: 3 });
        const { compared } = await compareTyping(text, 'nl', 5);
        expect(compared).toBeGreaterThan(500);
    }, 300_000);
});
