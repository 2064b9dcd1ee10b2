/**
 * The standalone page's LSP positions in CodeMirror (packages/web/src/positions.ts). A position the server made
 * for a text that changed meanwhile used to throw "Position … is out of range for changeset" inside CodeMirror,
 * an uncaught error on the page (seen in a CI run of test/browser/web-page.test.ts).
 */
import { ChangeSet, Text } from '@codemirror/state';
import type { LSPPlugin } from '@codemirror/lsp-client';
import { describe, expect, it } from 'vitest';
import { editorPosition, inSyncedText } from '../../packages/web/src/positions.js';

/** What positions.ts reads of the LSP plugin: the text the server saw, and the edits made since. */
function plugin(lines: string[], since?: (length: number) => ChangeSet): LSPPlugin {
    const syncedDoc = Text.of(lines);
    return { syncedDoc, unsyncedChanges: since ? since(syncedDoc.length) : ChangeSet.empty(syncedDoc.length) } as unknown as LSPPlugin;
}

describe('LSP positions in the page', () => {
    const p = plugin(['doel A', 'actie B -> A']);

    it('finds a place in the text the server saw', () => {
        expect(editorPosition(p, { line: 1, character: 6 })).toBe('doel A\n'.length + 6);
        expect(inSyncedText(p, { line: 1, character: 12 })).toBe(true);
    });

    it('reads a character past the end of its line as the line\'s end, and a line past the last as the text\'s end (as LSP says)', () => {
        expect(editorPosition(p, { line: 0, character: 40 })).toBe(6);
        expect(editorPosition(p, { line: 1, character: 40 })).toBe(p.syncedDoc.length);
        expect(editorPosition(p, { line: 7, character: 0 })).toBe(p.syncedDoc.length);
        expect(inSyncedText(p, { line: 1, character: 13 })).toBe(false);
        expect(inSyncedText(p, { line: 2, character: 0 })).toBe(false);
    });

    it('follows the edits made since the server saw the text', () => {
        // "Nieuw " typed at the start of the second line, not yet sent to the server.
        const typed = plugin(['doel A', 'actie B -> A'], length => ChangeSet.of({ from: 7, insert: 'Nieuw ' }, length));
        expect(editorPosition(typed, { line: 1, character: 6 })).toBe(7 + 'Nieuw '.length + 6);
        // Past the end, after the edit: still inside the editor's text.
        expect(editorPosition(typed, { line: 1, character: 99 })).toBe(typed.syncedDoc.length + 'Nieuw '.length);
    });
});
