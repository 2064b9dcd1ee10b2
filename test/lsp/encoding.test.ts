/**
 * A file that was not UTF-8 reaches the server already decoded by the editor (VS Code decodes with
 * `files.encoding`, UTF-8 by default): every byte it could not read is U+FFFD. The server cannot see the
 * bytes, so it goes by that character: an error where the first one was lost, and no formatting edits
 * (an edit would make saving the damaged text look routine).
 */
import { describe, expect, it } from 'vitest';
import { decodeTocBytes } from '../../packages/language/src/workspace/text-encoding.js';
import { services, validated } from './support.js';

// What VS Code shows for `printf 'uitdaging Financi\xebn "zeker voor caf\xe9s."\n'` (Notepad's "ANSI").
const ansi = Buffer.from('uitdaging Financi\xebn  "zeker voor caf\xe9s."\ndoel D ->   Financin "d"\n', 'latin1');
const { text: decoded } = decodeTocBytes(ansi);

describe('a text that lost characters in decoding', () => {
    it('decodes as an editor would: U+FFFD where the bytes were not UTF-8', () => {
        expect(decoded).toBe('uitdaging Financi\uFFFDn  "zeker voor caf\uFFFDs."\ndoel D ->   Financin "d"\n');
    });

    it('gets an encoding error at the first lost character, in the document\'s language', async () => {
        const doc = await validated(decoded);
        const encoding = (doc.diagnostics ?? []).filter(d => d.code === 'encoding');
        expect(encoding).toHaveLength(1);
        expect(encoding[0]!.severity).toBe(1);
        expect(encoding[0]!.range.start).toEqual({ line: 0, character: 17 });
        expect(encoding[0]!.message).toMatch(/niet als UTF-8 bewaard/);
    });

    it('is not formatted: no edits, though its layout is not the standard one', async () => {
        const doc = await validated(decoded);
        const formatter = services.lsp.Formatter!;
        const options = { tabSize: 4, insertSpaces: true };
        expect(await formatter.formatDocument(doc, { textDocument: { uri: doc.uri.toString() }, options })).toEqual([]);
        // The same text without the lost characters is formatted: the refusal is about them, not the layout.
        const clean = await validated(decoded.replace(/\uFFFD/g, 'e'));
        expect((await formatter.formatDocument(clean, { textDocument: { uri: clean.uri.toString() }, options })).length).toBeGreaterThan(0);
        expect((clean.diagnostics ?? []).filter(d => d.code === 'encoding')).toEqual([]);
    });
});

describe('decodeTocBytes', () => {
    it('finds the first bad byte, not a U+FFFD written as text before it', () => {
        const bytes = Buffer.concat([Buffer.from('a "\uFFFD"\nb '), Buffer.from([0xe9])]);
        expect(decodeTocBytes(bytes).problem).toEqual({ kind: 'not-utf8', line: 2, column: 3, byte: 0xe9 });
    });
    it('UTF-8 with or without a BOM is fine', () => {
        expect(decodeTocBytes(Buffer.from('\uFEFFdoel "é"')).problem).toBeUndefined();
        expect(decodeTocBytes(Buffer.from('doel "é"')).problem).toBeUndefined();
    });
    it('a NUL byte means binary; a UTF-16 byte order mark means UTF-16', () => {
        expect(decodeTocBytes(Buffer.from([0x61, 0x0a, 0x62, 0x00])).problem).toEqual({ kind: 'binary', line: 2, column: 2, byte: 0 });
        expect(decodeTocBytes(Buffer.from([0xff, 0xfe, 0x61, 0x00])).problem?.kind).toBe('utf16');
    });
});
