/**
 * The formatter of the language (packages/language/src/lsp/format-text.ts, the same layout as the
 * editor's "Format Document"), plus what a file on disk needs around it: its byte order mark and its
 * line-ending style are kept as they were.
 */
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

type FormatText = (text: string, uri?: string) => Promise<string> | string;

let cached: FormatText | undefined;

/**
 * `formatText` from toc-language: from the package's entry once it exports it there, else from the
 * built module next to the entry (the package does not list that file among its exports yet).
 */
async function languageFormatter(): Promise<FormatText> {
    if (cached) return cached;
    const entry = await import('toc-language') as { formatText?: FormatText };
    if (typeof entry.formatText === 'function') return (cached = entry.formatText);
    const main = createRequire(import.meta.url).resolve('toc-language');
    const mod = await import(pathToFileURL(path.join(path.dirname(main), 'lsp', 'format-text.js')).href) as { formatText?: FormatText };
    if (typeof mod.formatText !== 'function') throw new Error('the formatter of toc-language is not built');
    return (cached = mod.formatText);
}

const BOM = '\uFEFF';

/** The formatted file content, with the original's BOM and its dominant line ending. */
export async function formatFileText(original: string, uri?: string): Promise<string> {
    const format = await languageFormatter();
    const bom = original.startsWith(BOM) ? BOM : '';
    const text = bom ? original.slice(1) : original;
    const crlf = (text.match(/\r\n/g) ?? []).length;
    const lf = (text.match(/\n/g) ?? []).length - crlf;
    let out = await format(text, uri);
    // The formatter writes CRLF as soon as one appears; a file mostly in LF stays LF.
    if (crlf > 0 && lf > crlf) out = out.replace(/\r\n/g, '\n');
    return bom + out;
}
