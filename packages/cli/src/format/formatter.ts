/**
 * The formatter of the language (packages/language/src/lsp/format-text.ts, the same layout as the
 * editor's "Format Document"), plus what a file on disk needs around it: its byte order mark and its
 * line-ending style are kept as they were.
 */
import { formatText } from 'toc-language';

const BOM = '\uFEFF';

/** The formatted file content, with the original's BOM and its dominant line ending. */
export async function formatFileText(original: string, uri?: string): Promise<string> {
    const bom = original.startsWith(BOM) ? BOM : '';
    const text = bom ? original.slice(1) : original;
    const crlf = (text.match(/\r\n/g) ?? []).length;
    const lf = (text.match(/\n/g) ?? []).length - crlf;
    let out = await formatText(text, uri);
    // The formatter writes CRLF as soon as one appears; a file mostly in LF stays LF.
    if (crlf > 0 && lf > crlf) out = out.replace(/\r\n/g, '\n');
    return bom + out;
}
