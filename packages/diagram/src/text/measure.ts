/**
 * Text measuring without a DOM: widths come from a per-character table (DejaVu Sans, the widest font of
 * our stack), plus a safety margin, so text sized here never overflows its box in any browser.
 */
import { BOLD_WIDTHS, REGULAR_WIDTHS } from './font-widths.js';

/** The font every diagram text is drawn in; set explicitly on the SVG root. */
export const FONT_FAMILY = "'Segoe UI', 'Helvetica Neue', Helvetica, Arial, 'Noto Sans', 'Liberation Sans', 'DejaVu Sans', sans-serif";

export interface TextStyle {
    size: number;
    bold?: boolean;
}

export interface TextMeasurer {
    /** Width in pixels of one line of text. */
    width(text: string, style: TextStyle): number;
}

function parseTable(table: string): Map<number, number> {
    const map = new Map<number, number>();
    for (const pair of table.split(',')) {
        const [cp, w] = pair.split(':');
        if (cp === undefined || w === undefined) continue;
        map.set(parseInt(cp, 36), parseInt(w, 36) / 1000);
    }
    return map;
}

/** Extra room on every measured width: hinting, kerning and font substitution never make text wider than this. */
const SAFETY = 1.03;

/** Parsed once per process: every layout makes a measurer, and the tables hold a few thousand characters. */
let tables: { regular: Map<number, number>; bold: Map<number, number> } | undefined;

export class DefaultTextMeasurer implements TextMeasurer {
    private readonly regular: Map<number, number>;
    private readonly bold: Map<number, number>;

    constructor() {
        tables ??= { regular: parseTable(REGULAR_WIDTHS), bold: parseTable(BOLD_WIDTHS) };
        this.regular = tables.regular;
        this.bold = tables.bold;
    }

    width(text: string, style: TextStyle): number {
        const table = style.bold ? this.bold : this.regular;
        let em = 0;
        for (const ch of text) {
            const cp = ch.codePointAt(0)!;
            const known = table.get(cp);
            if (known !== undefined) em += known;
            else if (cp >= 0x300 && cp <= 0x36f) em += 0.05; // combining accents mostly stack on the letter before
            else if (cp >= 0x200b && cp <= 0x200f) em += 0; // zero-width characters
            else if (cp >= 0x2e80) em += 1.3; // CJK, emoji and other wide pictographs
            else em += 1.0; // anything else: as wide as an em square
        }
        return em * style.size * SAFETY;
    }
}

/**
 * Greedy word wrap into lines no wider than `maxWidth`. A word that alone is too wide is split
 * (at a lowercase-to-uppercase boundary when one fits, as in SocialeContacten, else with a hyphen before a syllable).
 */
export function wrapText(text: string, maxWidth: number, style: TextStyle, measure: TextMeasurer): string[] {
    const words = text.replace(/\s+/g, ' ').trim().split(' ').filter(w => w.length > 0);
    const lines: string[] = [];
    let line = '';
    for (const word of words) {
        const candidate = line ? `${line} ${word}` : word;
        if (measure.width(candidate, style) <= maxWidth) {
            line = candidate;
            continue;
        }
        if (line) lines.push(line);
        line = '';
        let rest = word;
        // One character at least per line: a box too narrow for any (a negative width) still ends.
        while (Array.from(rest).length > 1 && measure.width(rest, style) > maxWidth) {
            const [head, tail] = splitWord(rest, maxWidth, style, measure);
            lines.push(head);
            rest = tail;
        }
        line = rest;
    }
    if (line) lines.push(line);
    return lines;
}

/** Two consonants that begin a syllable in Dutch and English words. */
const ONSETS = new Set(['bl', 'br', 'ch', 'cl', 'cr', 'dr', 'fl', 'fr', 'gl', 'gr', 'kl', 'kn', 'kr', 'pl', 'pr', 'sl', 'sm', 'sn', 'sp', 'st', 'sw', 'th', 'tr', 'wr']);

function splitWord(word: string, maxWidth: number, style: TextStyle, measure: TextMeasurer): [string, string] {
    const chars = Array.from(word);
    const fits = (n: number, hyphen: string) => measure.width(chars.slice(0, n).join('') + hyphen, style) <= maxWidth;
    let fit = 1;
    while (fit < chars.length && fits(fit + 1, '')) fit++;
    // prefer a camel-case boundary in the last part of what fits
    for (let i = fit; i > Math.floor(fit / 2); i--) {
        if (i < chars.length && /\p{Ll}/u.test(chars[i - 1]!) && /\p{Lu}/u.test(chars[i]!)) { // 0 < i < chars.length
            return [chars.slice(0, i).join(''), chars.slice(i).join('')];
        }
    }
    // Else with a hyphen, before a consonant that starts a syllable ("Ontmoe-tingsruimte"), two letters at least each side.
    let hyphened = fit;
    while (hyphened > 1 && !fits(hyphened, '-')) hyphened--;
    // a e i o u y á é í ó ú à è ë ï ö ü â ê î ô û, escaped: the command line's bundles stay ASCII (scripts/ascii-only.mjs).
    const vowel = (c: string | undefined) => c !== undefined && /[aeiouy\u00e1\u00e9\u00ed\u00f3\u00fa\u00e0\u00e8\u00eb\u00ef\u00f6\u00fc\u00e2\u00ea\u00ee\u00f4\u00fb]/iu.test(c);
    const letter = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c);
    for (let i = hyphened; i >= 2 && i > Math.floor(hyphened / 2); i--) {
        if (chars.length - i >= 2 && letter(chars[i - 1]) && !vowel(chars[i]) && letter(chars[i]) && vowel(chars[i + 1])) {
            // A syllable may start with two consonants ("Aan-spreekpunt", not "Aansp-reekpunt").
            let at = i;
            // ... but the s of "-ings" ends its syllable ("Ontwikkelings-kansen").
            const ings = (k: number) => chars[k - 1] === 's' && chars[k - 2] === 'g';
            while (at > 2 && ONSETS.has(`${chars[at - 1]}${chars[at]}`.toLowerCase()) && letter(chars[at - 2]) && !vowel(chars[at - 2]) && !ings(at)) at--;
            return [`${chars.slice(0, at).join('')}-`, chars.slice(at).join('')];
        }
    }
    if (hyphened >= 2 && chars.length - hyphened >= 2 && letter(chars[hyphened - 1]) && letter(chars[hyphened])) {
        return [`${chars.slice(0, hyphened).join('')}-`, chars.slice(hyphened).join('')];
    }
    return [chars.slice(0, fit).join(''), chars.slice(fit).join('')];
}

/** Wraps, then keeps at most `maxLines`; the last kept line ends with "…" when text was cut. */
export function wrapAndClamp(text: string, maxWidth: number, maxLines: number, style: TextStyle, measure: TextMeasurer): { lines: string[]; clipped: boolean } {
    const lines = wrapText(text, maxWidth, style, measure);
    if (lines.length <= maxLines) return { lines, clipped: false };
    const kept = lines.slice(0, maxLines);
    let last = kept[maxLines - 1] ?? ''; // a line when maxLines >= 1 (lines.length > maxLines)
    while (last.length > 0 && measure.width(`${last}…`, style) > maxWidth) last = Array.from(last).slice(0, -1).join('');
    kept[maxLines - 1] = `${last.replace(/[\s,.;:]+$/u, '')}…`;
    return { lines: kept, clipped: true };
}

/** One line, shortened with "…" to fit. */
export function ellipsize(text: string, maxWidth: number, style: TextStyle, measure: TextMeasurer): string {
    return wrapAndClamp(text, maxWidth, 1, style, measure).lines[0] ?? '';
}
