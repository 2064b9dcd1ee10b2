/**
 * Completion parses from the top-level element at the cursor rather than from the start of the
 * document (packages/language/src/lsp/completion-prefix.ts). What it finds may come at the cursor must
 * be what Langium's own provider finds parsing everything before it: compared here at every few
 * offsets of every example, and of examples being typed into (cut off, with errors before or after).
 */
import type { LangiumDocument } from 'langium';
import { DefaultCompletionProvider, type NextFeature } from 'langium/lsp';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { completionParseStart } from '../../packages/language/src/lsp/completion-prefix.js';
import { examples, services, validated } from './support.js';

type Finder = { findFeaturesAt(document: TextDocument, offset: number): NextFeature[] };
const ours = services.lsp.CompletionProvider as unknown as Finder;
const langiums = new DefaultCompletionProvider(services) as unknown as Finder;

/** Grammar elements by identity, as numbers, so two lists of features compare cheaply and exactly. */
const ids = new Map<unknown, number>();
const id = (x: unknown) => ids.get(x) ?? (ids.set(x, ids.size), ids.size - 1);
const shape = (features: NextFeature[]) => features.map(f => [id(f.feature), f.type, f.property]);

/** Compares both at each offset; returns at how many the parse started later than the document start. */
function compareAt(document: LangiumDocument, offsets: number[]): number {
    let later = 0;
    for (const offset of offsets) {
        const expected = shape(langiums.findFeaturesAt(document.textDocument, offset));
        expect(shape(ours.findFeaturesAt(document.textDocument, offset)), `offset ${offset}`).toEqual(expected);
        if (completionParseStart(document, offset) > 0) later++;
    }
    return later;
}

describe('completion reads from the element at the cursor', () => {
    it.each(examples())('and finds the same features at every third offset of %s', async (_name, text) => {
        const document = await validated(text);
        const offsets = Array.from({ length: Math.ceil((text.length + 1) / 3) }, (_, i) => i * 3);
        const later = compareAt(document, offsets);
        // Many offsets are past the first element: the shortcut is taken, not only the fallback.
        expect(later).toBeGreaterThan(offsets.length / 3);
    });

    it.each(examples())('and in %s being typed into: cut off, an unfinished arrow, an error before the cursor', async (_name, text) => {
        const cuts = [0.3, 0.5, 0.7, 0.9].map(f => text.indexOf('\n', Math.floor(text.length * f)) + 1).filter(c => c > 0);
        for (const cut of cuts) {
            for (const typed of ['actie Nieuw KT -> ', 'doel X -> ', 'actie A "a" {\n    resultaat "r" {\n        ', 'uitd']) {
                const open = await validated(text.slice(0, cut) + typed);
                compareAt(open, [open.textDocument.getText().length]);
                const closed = await validated(text.slice(0, cut) + typed + '\n' + text.slice(cut));
                compareAt(closed, [cut + typed.length]);
            }
            // A syntax error early in the text: the parse starts at the document start again.
            const broken = await validated('doel } "kapot"\n' + text.slice(0, cut) + 'actie Nieuw KT -> ');
            const end = broken.textDocument.getText().length;
            compareAt(broken, [end]);
            expect(completionParseStart(broken, end)).toBe(0);
        }
    });
});
