/**
 * LSP positions from the server as places in the editor's current text. As LSP says, a character past the end
 * of its line means the line's end (a line past the last, the text's end). Without that, a position the server
 * made for a text that changed meanwhile throws a RangeError inside CodeMirror: an uncaught error on the page.
 */
import type { LSPPlugin } from '@codemirror/lsp-client';

export interface Position { line: number; character: number }

/** Where `p`, in the text the server last saw, is in the editor's text now (clamped as LSP says). */
export function editorPosition(plugin: LSPPlugin, p: Position): number {
    const doc = plugin.syncedDoc;
    const at = p.line >= doc.lines ? doc.length : p.line < 0 ? 0 : Math.min(doc.line(p.line + 1).from + Math.max(0, p.character), doc.line(p.line + 1).to);
    return plugin.unsyncedChanges.mapPos(at);
}

/** `p` names a place in the text the server last saw, with no clamping needed. */
export function inSyncedText(plugin: LSPPlugin, p: Position): boolean {
    const doc = plugin.syncedDoc;
    return p.line >= 0 && p.line < doc.lines && p.character >= 0 && p.character <= doc.line(p.line + 1).length;
}
