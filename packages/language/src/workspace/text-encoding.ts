/**
 * Bytes -> text, saying what could not be read. A .toc file is UTF-8; Notepad's "ANSI" (Windows-1252)
 * and "Unicode" (UTF-16) files and binary files renamed to .toc are realistic too. Decoding them as
 * UTF-8 turns é into U+FFFD, and writing that text back loses the é for good: so the command line
 * refuses such a file, and the checks report where the first character was lost.
 */
import { ENCODING } from '../i18n/messages.js';
import type { Lang } from '../i18n/language.js';

export interface EncodingProblem {
    kind: 'not-utf8' | 'utf16' | 'binary';
    /** 1-based, where the first unreadable byte is (columns in UTF-16 units, as editors count). */
    line: number;
    column: number;
    /** The first byte that is not UTF-8. */
    byte: number;
}

export interface DecodedText {
    /** The text as an editor shows it: every unreadable byte sequence is U+FFFD. */
    text: string;
    problem?: EncodingProblem;
}

const REPLACEMENT = '\uFFFD';

/** The code of the diagnostic at the first lost character: not a rule (it cannot be switched off). */
export const ENCODING_DIAGNOSTIC_CODE = 'encoding';

export function decodeTocBytes(bytes: Uint8Array): DecodedText {
    const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(bytes);
    if ((bytes[0] === 0xFF && bytes[1] === 0xFE) || (bytes[0] === 0xFE && bytes[1] === 0xFF)) {
        return { text, problem: { kind: 'utf16', line: 1, column: 1, byte: bytes[0] } };
    }
    // A NUL byte never occurs in a text file: this is a picture, a Word file or a zip renamed to .toc.
    const nul = text.indexOf('\u0000');
    if (nul >= 0) return { text, problem: { kind: 'binary', ...position(text, nul), byte: 0 } };
    const bad = firstLostCharacter(text, bytes);
    if (bad === undefined) return { text };
    return { text, problem: { kind: 'not-utf8', ...position(text, bad.offset), byte: bad.byte } };
}

/** The first U+FFFD that stands for bytes that were not UTF-8 (a U+FFFD written as such is text). */
function firstLostCharacter(text: string, bytes: Uint8Array): { offset: number; byte: number } | undefined {
    let from = 0;
    let byteOffset = 0;
    for (let i = text.indexOf(REPLACEMENT); i >= 0; i = text.indexOf(REPLACEMENT, i + 1)) {
        byteOffset += utf8Length(text, from, i);
        from = i + 1;
        if (bytes[byteOffset] === 0xEF && bytes[byteOffset + 1] === 0xBF && bytes[byteOffset + 2] === 0xBD) {
            byteOffset += 3;
            continue;
        }
        return { offset: i, byte: bytes[byteOffset] ?? 0 };
    }
    return undefined;
}

function utf8Length(text: string, from: number, to: number): number {
    let n = 0;
    for (let i = from; i < to; i++) {
        const c = text.charCodeAt(i);
        if (c < 0x80) n += 1;
        else if (c < 0x800) n += 2;
        else if (c >= 0xD800 && c <= 0xDBFF && i + 1 < to) { n += 4; i++; }
        else n += 3;
    }
    return n;
}

function position(text: string, offset: number): { line: number; column: number } {
    let line = 1, start = 0;
    for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
        line++;
        start = i + 1;
    }
    return { line, column: offset - start + 1 };
}

/** The one-line reason a command gives for refusing the file. */
export function encodingProblemMessage(lang: Lang, p: EncodingProblem): string {
    if (p.kind === 'utf16') return ENCODING.utf16(lang);
    if (p.kind === 'binary') return ENCODING.binary(lang, p.line, p.column);
    return ENCODING.notUtf8(lang, p.line, p.column, p.byte);
}

/** Where a decoded text first lost a character, as an offset; -1 when it lost none. */
export function firstReplacementCharacter(text: string): number {
    return text.indexOf(REPLACEMENT);
}
