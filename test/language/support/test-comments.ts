/**
 * Expectations written inside a .toc resource file, Safe-DS style. A comment line
 *
 *     // $TEST$ [no] [nl|en] [error|warning|info|hint] RULE ["text"] [at L:C-L:C] [message "part"]
 *
 * states one diagnostic. "text" is the exact source text the diagnostic's range covers, on the first
 * line below the $TEST$ comments (it must occur there once); `at` gives the range in 1-based lines and
 * columns, the end column just past the last character (as `toc check` prints it), for ranges that
 * cover no text or lie elsewhere. `message "part"` asserts a part of the message. `nl`/`en` asserts the
 * message's language; `// $TEST$ messages nl` sets it for every expectation of the file that has none.
 * `no` states a diagnostic that must not appear: on the line below (or at the "text" or range given), or,
 * with `anywhere`, nowhere in the file.
 * `// $TEST$ known-bug "what is wrong"` marks a file whose expectations describe the correct behaviour
 * while the core still gets it wrong (the runner then expects the comparison to fail).
 */
import type { Diagnostic, Range } from 'vscode-languageserver-types';

export type Lang = 'nl' | 'en';
export type Severity = 'error' | 'warning' | 'info' | 'hint';
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

export interface Expectation {
    negated: boolean;
    lang?: Lang;
    severity?: Severity;
    rule: string;
    text?: string;
    range?: Range;
    message?: string;
    /** For `no` without a range: the 0-based line it must not appear on (none: anywhere). */
    onLine?: number;
    /** 1-based line of the $TEST$ comment, for failure reports. */
    line: number;
    source: string;
}

export interface TestFile {
    expectations: Expectation[];
    knownBug?: string;
}

const TEST_LINE = /^\s*\/\/\s*\$TEST\$\s*(.*)$/;

export function parseTestComments(text: string): TestFile {
    const lines = text.split(/\r?\n/);
    const expectations: Expectation[] = [];
    let fileLang: Lang | undefined;
    let knownBug: string | undefined;
    lines.forEach((lineText, i) => {
        const m = TEST_LINE.exec(lineText);
        if (!m) return;
        const where = `line ${i + 1}: ${lineText.trim()}`;
        const tokens = tokenize(m[1]!, where);
        if (tokens[0]?.word === 'messages') {
            fileLang = asLang(tokens[1]?.word, where);
            return;
        }
        if (tokens[0]?.word === 'known-bug') {
            knownBug = tokens[1]?.quoted ?? 'known bug';
            return;
        }
        const e: Expectation = { negated: false, rule: '', line: i + 1, source: lineText.trim() };
        let t = 0;
        let anywhere = false;
        if (tokens[t]?.word === 'no') { e.negated = true; t++; }
        if (tokens[t]?.word === 'nl' || tokens[t]?.word === 'en') e.lang = tokens[t++]!.word as Lang;
        if (SEVERITIES.includes(tokens[t]?.word as Severity)) e.severity = tokens[t++]!.word as Severity;
        const rule = tokens[t++]?.word;
        if (!rule || !/^[a-z][a-z-]*$/.test(rule)) throw new Error(`${where}: expected a rule id`);
        e.rule = rule;
        while (t < tokens.length) {
            const tok = tokens[t++];
            if (tok!.quoted !== undefined && e.text === undefined) e.text = tok!.quoted;
            else if (tok!.word === 'at') e.range = parseRange(tokens[t++]?.word, where);
            else if (tok!.word === 'message' && tokens[t]?.quoted !== undefined) e.message = tokens[t++]!.quoted;
            else if (tok!.word === 'anywhere' && e.negated) anywhere = true;
            else throw new Error(`${where}: did not understand ${tok!.word ?? JSON.stringify(tok!.quoted)}`);
        }
        if (e.text !== undefined && e.range === undefined) e.range = locate(lines, i, e.text, where);
        if (e.negated && !e.range && !anywhere) e.onLine = lineBelow(lines, i);
        if (!e.negated && !e.range) throw new Error(`${where}: say where, with "text" or at L:C-L:C`);
        if (!e.negated && !e.severity) throw new Error(`${where}: say the severity`);
        expectations.push(e);
    });
    for (const e of expectations) {
        if (!e.negated) e.lang ??= fileLang;
        if (!e.negated && !e.lang) throw new Error(`line ${e.line}: say the language of the message (nl or en), or add // $TEST$ messages nl`);
    }
    return { expectations, knownBug };
}

interface Token { word?: string; quoted?: string }

function tokenize(s: string, where: string): Token[] {
    const out: Token[] = [];
    let i = 0;
    while (i < s.length) {
        if (/\s/.test(s[i]!)) { i++; continue; }
        if (s[i] === '"') {
            let j = i + 1, value = '';
            while (j < s.length && s[j] !== '"') {
                if (s[j] === '\\' && j + 1 < s.length) { value += s[j + 1]; j += 2; } else value += s[j++];
            }
            if (j >= s.length) throw new Error(`${where}: unclosed quote`);
            out.push({ quoted: value });
            i = j + 1;
        } else {
            const m = /^\S+/.exec(s.slice(i))!;
            out.push({ word: m[0] });
            i += m[0].length;
        }
    }
    return out;
}

function asLang(word: string | undefined, where: string): Lang {
    if (word === 'nl' || word === 'en') return word;
    throw new Error(`${where}: messages takes nl or en`);
}

/** `3:7-3:18` (1-based, end just past the text) to an LSP range. */
function parseRange(word: string | undefined, where: string): Range {
    const m = /^(\d+):(\d+)-(\d+):(\d+)$/.exec(word ?? '');
    if (!m) throw new Error(`${where}: at takes L:C-L:C`);
    const [l1, c1, l2, c2] = m.slice(1).map(Number);
    return { start: { line: l1! - 1, character: c1! - 1 }, end: { line: l2! - 1, character: c2! - 1 } };
}

/** The text on the first line below the $TEST$ comment block; it must occur there exactly once. */
function lineBelow(lines: string[], commentIndex: number): number {
    let target = commentIndex + 1;
    while (target < lines.length && TEST_LINE.test(lines[target]!)) target++;
    return target;
}

/**
 * The text on the first line below the $TEST$ comment block. Occurrences inside a quoted description or
 * inside a longer name do not count (`"A"` finds the name A, not the A of "Aftekenlijst"); what is left
 * must be exactly one occurrence, or the expectation has to say `at L:C-L:C`.
 */
function locate(lines: string[], commentIndex: number, text: string, where: string): Range {
    const target = lineBelow(lines, commentIndex);
    const line = lines[target];
    if (line === undefined) throw new Error(`${where}: no line below`);
    const all: number[] = [];
    for (let i = line.indexOf(text); i >= 0; i = line.indexOf(text, i + 1)) all.push(i);
    if (all.length === 0) throw new Error(`${where}: "${text}" is not on line ${target + 1}: ${line}`);
    const strings = [...line.matchAll(/"(\\.|[^"\\])*"?/g)].map(m => [m.index!, m.index! + m[0].length]);
    const inString = (i: number) => strings.some(([a, b]) => i > a! && i < b!);
    const word = /[\p{L}\p{N}_]/u;
    const glued = (ch: string | undefined, edge: string) => ch !== undefined && word.test(ch) && word.test(edge);
    const whole = (i: number) => !glued(line[i - 1], text[0]!) && !glued(line[i + text.length], text[text.length - 1]!);
    const preferred = all.filter(i => !inString(i) && whole(i));
    const candidates = preferred.length > 0 ? preferred : all;
    if (candidates.length > 1) throw new Error(`${where}: "${text}" occurs more than once on line ${target + 1}; use at L:C-L:C`);
    const first = candidates[0];
    return { start: { line: target, character: first! }, end: { line: target, character: first! + text.length } };
}

export function severityOf(d: Diagnostic): Severity {
    return d.severity === 1 ? 'error' : d.severity === 2 ? 'warning' : d.severity === 3 ? 'info' : 'hint';
}

export function messageOf(d: Diagnostic): string {
    return typeof d.message === 'string' ? d.message : (d.message as { value: string }).value;
}

export function formatRange(r: Range): string {
    return `${r.start.line + 1}:${r.start.character + 1}-${r.end.line + 1}:${r.end.character + 1}`;
}

export function formatDiagnostic(d: Diagnostic): string {
    return `${formatRange(d.range)} ${severityOf(d)} ${String(d.code)}: ${messageOf(d)}`;
}

export function sameRange(a: Range, b: Range): boolean {
    return a.start.line === b.start.line && a.start.character === b.start.character
        && a.end.line === b.end.line && a.end.character === b.end.character;
}

export function matches(e: Expectation, d: Diagnostic): boolean {
    if (String(d.code) !== e.rule) return false;
    if (e.severity && severityOf(d) !== e.severity) return false;
    if (e.range && !sameRange(e.range, d.range)) return false;
    if (e.onLine !== undefined && d.range.start.line !== e.onLine) return false;
    if (e.message !== undefined && !messageOf(d).includes(e.message)) return false;
    return true;
}

export interface Comparison {
    /** Each positive expectation with the diagnostic it matched. */
    pairs: Array<[Expectation, Diagnostic]>;
    missing: string[];
    unexpected: string[];
    forbidden: string[];
}

/** Every positive expectation must match one diagnostic of its own, and no diagnostic may be left over. */
export function compare(expectations: Expectation[], diagnostics: Diagnostic[]): Comparison {
    const left = [...diagnostics];
    const missing: string[] = [];
    const forbidden: string[] = [];
    const pairs: Array<[Expectation, Diagnostic]> = [];
    // The most specific first, so a vaguer expectation cannot take the diagnostic a specific one needs.
    const ordered = [...expectations].sort((a, b) => Number(b.message !== undefined) - Number(a.message !== undefined));
    for (const e of ordered) {
        if (e.negated) {
            const hit = diagnostics.find(d => matches(e, d));
            if (hit) forbidden.push(`${e.source}  <- reported: ${formatDiagnostic(hit)}`);
            continue;
        }
        const i = left.findIndex(d => matches(e, d));
        if (i < 0) missing.push(`line ${e.line}: ${e.source}`);
        else pairs.push([e, left.splice(i, 1)[0]!]);
    }
    return { pairs, missing, unexpected: left.map(formatDiagnostic), forbidden };
}
