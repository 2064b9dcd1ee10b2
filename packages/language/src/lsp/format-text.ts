/**
 * The one canonical layout of a .toc file: 4-space indentation, one element or property per line,
 * `{` on the element's line, one blank line between top-level elements, `-> A, B`. It works on the
 * tokens alone (no parse needed), so it only ever changes the white space between tokens: strings and
 * comments stay exactly as written. A file whose quotes or comments are not closed is left alone.
 * Used by the editor's formatter and by `toc format`.
 */
import { TOKEN, type KeywordWord } from '../parser/keywords.js';

export interface TextGap {
    /** Offsets in the original text of the white space between two tokens. */
    start: number;
    end: number;
    newText: string;
}

type TokenType = 'ml-comment' | 'sl-comment' | 'string' | 'date' | 'number' | 'word' | 'punct' | 'other';

interface Token {
    type: TokenType;
    text: string;
    start: number;
    end: number;
}

const sticky = (pattern: RegExp) => new RegExp(pattern.source, 'y');
// The grammar's own terminals, in the order its lexer tries them (keywords are words here).
const PATTERNS: Array<[TokenType, RegExp]> = [
    ['ml-comment', sticky(TOKEN.ML_COMMENT)],
    ['sl-comment', sticky(TOKEN.SL_COMMENT)],
    ['punct', /->|>=|<=|[\u2265\u2264><={},%]/y], // ≥ ≤, escaped: see scripts/ascii-only.mjs
    ['date', sticky(TOKEN.DATE)],
    ['number', sticky(TOKEN.NUMBER)],
    ['word', sticky(TOKEN.ID)],
    ['string', sticky(TOKEN.STRING)],
];
const WHITESPACE = sticky(TOKEN.WS);

/** Words that begin a new element, property, header line, import or measurement. */
const STARTERS: ReadonlySet<string> = new Set<KeywordWord>([
    'theory', 'theorie', 'vision', 'visie', 'import',
    'challenge', 'uitdaging', 'goal', 'doel', 'subgoal', 'tussendoel', 'action', 'actie', 'result', 'resultaat',
    'norm', 'indicator', 'baseline', 'nulmeting', 'measurement', 'meting',
    'owner', 'trekker', 'partner', 'priority', 'prioriteit', 'step', 'stap', 'assumption', 'aanname',
]);

type TopCategory = 'header' | 'vision' | 'import' | 'measurement' | 'element';

function topCategory(word: string): TopCategory {
    switch (word) {
        case 'theory': case 'theorie': return 'header';
        case 'vision': case 'visie': return 'vision';
        case 'import': return 'import';
        case 'measurement': case 'meting': return 'measurement';
        default: return 'element';
    }
}

/** The tokens of a text, or undefined when a quote or a block comment is not closed. */
function tokenize(text: string): Token[] | undefined {
    const tokens: Token[] = [];
    let i = 0;
    outer: while (i < text.length) {
        WHITESPACE.lastIndex = i;
        const ws = WHITESPACE.exec(text);
        if (ws) {
            i += ws[0].length;
            continue;
        }
        for (const [type, re] of PATTERNS) {
            re.lastIndex = i;
            const m = re.exec(text);
            if (m && m[0].length > 0) {
                tokens.push({ type, text: m[0], start: i, end: i + m[0].length });
                i += m[0].length;
                continue outer;
            }
        }
        const ch = text[i];
        if (ch === '"' || text.startsWith('/*', i)) return undefined;
        const cp = text.codePointAt(i)!;
        const len = cp > 0xffff ? 2 : 1;
        tokens.push({ type: 'other', text: text.slice(i, i + len), start: i, end: i + len });
        i += len;
    }
    return tokens;
}

function newlines(s: string): number {
    let n = 0;
    for (const ch of s) if (ch === '\n') n++;
    // A lone \r (old Mac line ends) counts too.
    if (n === 0) for (const ch of s) if (ch === '\r') n++;
    return n;
}

const isComment = (t: Token) => t.type === 'ml-comment' || t.type === 'sl-comment';
const isStarter = (t: Token) => t.type === 'word' && STARTERS.has(t.text);

/**
 * The white space the canonical layout puts between each pair of tokens (and before the first and
 * after the last), as replacements of the original gaps. Undefined when the text cannot be tokenized.
 */
export function formatGaps(text: string): TextGap[] | undefined {
    const tokens = tokenize(text);
    if (!tokens) return undefined;
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const gaps: TextGap[] = [];
    if (tokens.length === 0) return [{ start: 0, end: text.length, newText: '' }];

    let depth = 0;
    let lastTop: TopCategory | undefined;
    let previousLineWasComment = false;
    for (const [k, t] of tokens.entries()) {
        const prev = k > 0 ? tokens[k - 1] : undefined;
        const start = prev ? prev.end : 0;
        const original = text.slice(start, t.start);
        const originalNewlines = prev ? newlines(original) : 0;
        if (t.text === '}' && t.type === 'punct') depth = Math.max(0, depth - 1);

        let newLine: boolean;
        if (!prev) newLine = true;
        else if (prev.type === 'sl-comment') newLine = true;
        else if (isComment(t)) newLine = originalNewlines > 0; // a comment keeps its place: own line or trailing
        else if (prev.type === 'ml-comment' && originalNewlines > 0) newLine = true;
        else if (prev.type === 'punct' && (prev.text === '{' || prev.text === '}')) newLine = true;
        else newLine = (t.type === 'punct' && t.text === '}') || isStarter(t);

        let gap: string;
        if (!newLine) {
            gap = t.type === 'punct' && (t.text === ',' || t.text === '%') ? '' : ' ';
        } else if (!prev) {
            gap = '';
        } else {
            let blank: boolean;
            if (t.type === 'punct' && t.text === '}') blank = false;
            else if (prev.type === 'punct' && prev.text === '{') blank = false;
            else if (previousLineWasComment) blank = originalNewlines >= 2; // a comment stays attached to what follows it
            else if (depth === 0 && isStarter(t)) {
                const category = topCategory(t.text);
                blank = !(category === 'vision'
                    || (category === 'import' && lastTop === 'import')
                    || (category === 'measurement' && lastTop === 'measurement'));
            } else if (depth === 0 && isComment(t)) blank = true;
            else blank = originalNewlines >= 2;
            gap = eol + (blank ? eol : '') + '    '.repeat(depth);
        }
        if (newLine) {
            previousLineWasComment = isComment(t);
            if (depth === 0 && isStarter(t)) lastTop = topCategory(t.text);
        }
        gaps.push({ start, end: t.start, newText: gap });
        if (t.type === 'punct' && t.text === '{') depth++;
    }
    const last = tokens[tokens.length - 1]!; // not empty: see the return above
    gaps.push({ start: last.end, end: text.length, newText: eol });
    return gaps;
}

/** Only the gaps that change. */
export function formatEdits(text: string): TextGap[] {
    return (formatGaps(text) ?? []).filter(g => text.slice(g.start, g.end) !== g.newText);
}

/** Applies replacements of gaps (sorted, not overlapping) to a text. */
export function applyGaps(text: string, gaps: TextGap[]): string {
    let out = '';
    let at = 0;
    for (const g of gaps) {
        out += text.slice(at, g.start) + g.newText;
        at = g.end;
    }
    return out + text.slice(at);
}

/** The text in the canonical layout; unchanged when its quotes or block comments are not closed. */
export function formatTextSync(text: string): string {
    const gaps = formatGaps(text);
    return gaps ? applyGaps(text, gaps) : text;
}

/**
 * For the command line (`toc format`): the formatted text. `uri` is accepted for symmetry with the
 * editor and future per-folder settings; the layout does not depend on it today.
 */
export async function formatText(text: string, _uri?: string): Promise<string> {
    return formatTextSync(text);
}
