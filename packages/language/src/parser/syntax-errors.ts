/**
 * Syntax errors in plain words. The parser knows what it expected but not the document's language, so
 * the message provider records the facts (as JSON behind a marker) and the document validator, which
 * knows the language, turns them into a sentence from i18n.
 */
import { LangiumParserErrorMessageProvider } from 'langium';
import type { IRecognitionException, IToken, TokenType } from 'chevrotain';
import { KEYWORD_KIND } from '../lsp/keywords.js';
import type { Lang } from '../i18n/language.js';
import { foundWord, joinOr, SYNTAX, tokenWord } from '../i18n/messages.js';
import { HORIZON_WORDS as HORIZONS } from './keywords.js';

const MARK = '\u0000toc:';
const TERMINALS = new Set(['ID', 'STRING', 'NUMBER', 'DATE', 'EOF']);

interface SyntaxFacts {
    expected: string[];
    found?: string;
    foundType: string;
    rule: string;
    /** Nothing more was expected: the rest of the file is left over. */
    leftover?: boolean;
    /** Blocks nested deeper than the parser can follow. */
    tooDeep?: boolean;
    /** Not nested too deeply, and still more than the parser could take: said as it is. */
    tooLarge?: boolean;
    /**
     * The parser tripped over the keyword that starts the next line's element: the line before it is
     * the one not finished (`actie Koffie KT ->` above `actie Bezoek …`). The error belongs there, and
     * the element on the next line is a real one.
     */
    unfinished?: boolean;
}

/** Keywords that start an element, a measurement or a property: where a new line begins something new. */
const LINE_STARTERS = new Set([...Object.keys(KEYWORD_KIND), 'measurement', 'meting', 'import', 'theory', 'theorie']);

/** Whether `actual` is such a keyword and the first token of its line (comments aside). */
export function startsNextLine(actual: IToken | undefined, previous: IToken | undefined): boolean {
    if (!actual || !previous || !LINE_STARTERS.has(actual.image)) return false;
    const prevLine = previous.endLine ?? NaN;
    return Number.isFinite(prevLine) && (actual.startLine ?? 0) > prevLine;
}

/** Langium appends a zero-width space to rule names; compare without it. */
function ruleName(name: string): string {
    return name.replace(/\u200B/g, '');
}

function encode(facts: SyntaxFacts): string {
    return MARK + JSON.stringify(facts);
}

function names(types: TokenType[]): string[] {
    return types.map(t => t.name);
}

export class TocParserErrorMessageProvider extends LangiumParserErrorMessageProvider {
    override buildMismatchTokenMessage(options: { expected: TokenType; actual: IToken; previous: IToken; ruleName: string }): string {
        return encode({
            expected: [options.expected.name], found: options.actual.image, foundType: options.actual.tokenType.name, rule: ruleName(options.ruleName),
            unfinished: startsNextLine(options.actual, options.previous) || undefined,
        });
    }
    override buildNotAllInputParsedMessage(options: { firstRedundant: IToken; ruleName: string }): string {
        return encode({ expected: [], found: options.firstRedundant.image, foundType: options.firstRedundant.tokenType.name, rule: ruleName(options.ruleName), leftover: true });
    }
    override buildNoViableAltMessage(options: { expectedPathsPerAlt: TokenType[][][]; actual: IToken[]; previous: IToken; customUserDescription: string; ruleName: string }): string {
        const expected = options.expectedPathsPerAlt.flatMap(alt => alt.flatMap(path => path.slice(0, 1)));
        const actual = options.actual[0];
        return encode({
            expected: names(expected), found: actual?.image, foundType: actual?.tokenType.name ?? 'EOF', rule: ruleName(options.ruleName),
            unfinished: startsNextLine(actual, options.previous) || undefined,
        });
    }
    override buildEarlyExitMessage(options: { expectedIterationPaths: TokenType[][]; actual: IToken[]; previous: IToken; customUserDescription: string; ruleName: string }): string {
        const expected = options.expectedIterationPaths.flatMap(path => path.slice(0, 1));
        const actual = options.actual[0];
        return encode({
            expected: names(expected), found: actual?.image, foundType: actual?.tokenType.name ?? 'EOF', rule: ruleName(options.ruleName),
            unfinished: startsNextLine(actual, options.previous) || undefined,
        });
    }
}

function factsOf(raw: string): SyntaxFacts | undefined {
    if (!raw.startsWith(MARK)) return undefined;
    try {
        return JSON.parse(raw.slice(MARK.length)) as SyntaxFacts;
    } catch {
        return undefined;
    }
}

/**
 * Whether a parser error is about the line before its token (see SyntaxFacts.unfinished): then the
 * element starting at that token was written, not made up by the parser's recovery.
 */
export function isUnfinishedLine(error: IRecognitionException): boolean {
    return factsOf(error.message)?.unfinished === true;
}

/** Turns what the message provider recorded into a sentence; passes any other message through. */
export function syntaxMessage(lang: Lang, raw: string): string {
    const facts = factsOf(raw);
    if (!facts) return raw;
    if (facts.tooDeep) return SYNTAX.tooDeep(lang);
    if (facts.tooLarge) return SYNTAX.tooLarge(lang);
    const found = foundWord(lang, facts.found, facts.foundType);
    if (facts.found && HORIZONS.has(facts.found) && facts.rule !== 'Action') return SYNTAX.horizonOnlyForActions(lang, facts.found);
    if (facts.foundType === 'EOF' && facts.expected.includes('}')) return SYNTAX.unclosedBlock(lang);
    if (!facts.unfinished && facts.expected.length === 1 && facts.expected[0] === 'ID' && facts.found && !TERMINALS.has(facts.foundType) && /^\p{L}+$/u.test(facts.found)) {
        return SYNTAX.nameWithKeyword(lang, facts.found);
    }
    if (facts.found === '->' && (facts.rule === 'Challenge' || facts.rule === 'Theory' || facts.leftover)) return SYNTAX.misplacedArrow(lang);
    if (facts.leftover || facts.expected.length === 0 || facts.expected.every(t => t === 'EOF')) return SYNTAX.notUnderstood(lang, found);
    const words = [...new Set(facts.expected.map(t => tokenWord(lang, t)))];
    const expected = words.length > 6 ? joinOr(lang, [...words.slice(0, 5), lang === 'nl' ? 'nog iets anders' : 'something else']) : joinOr(lang, words);
    if (facts.unfinished) return SYNTAX.unfinishedLine(lang, expected);
    return SYNTAX.expected(lang, expected, found);
}

/** Lexer errors: an unclosed quote, or a character the language does not use. */
export function lexerMessage(lang: Lang, raw: string): string {
    const m = /->(.*?)<-/s.exec(raw);
    const ch = m?.[1] ?? '';
    if (ch.startsWith('"')) return SYNTAX.unclosedString(lang);
    return SYNTAX.unknownCharacter(lang, ch.slice(0, 1) || '?');
}

/** Deeper than any real plan goes, and well before the parser's stack would overflow (about 200). */
export const MAX_DEPTH = 120;

/** Walks the text once, skipping strings and comments: each `{` deeper than this is counted. */
function scanNesting(text: string, stopAbove = Infinity): { depth: number; offset: number; line: number; column: number } {
    let depth = 0, max = 0, line = 0, column = 0;
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (ch === '"') {
            column++; // the opening quote; the closing one is counted below
            for (i++; i < text.length && text[i] !== '"'; i++) { if (text[i] === '\\') i++; else if (text[i] === '\n') { line++; column = -1; } column++; }
        } else if (ch === '/' && text[i + 1] === '/') {
            while (i < text.length && text[i] !== '\n') i++;
            i--;
        } else if (ch === '/' && text[i + 1] === '*') {
            const end = text.indexOf('*/', i + 2);
            const stop = end < 0 ? text.length : end + 2;
            for (; i < stop - 1; i++) if (text[i] === '\n') { line++; column = -1; } else column++;
        } else if (ch === '{') {
            depth++;
            if (depth > max) max = depth;
            if (depth > stopAbove) return { depth, offset: i, line, column };
        } else if (ch === '}') {
            depth--;
        }
        if (ch === '\n') { line++; column = 0; } else column++;
    }
    return { depth: max, offset: -1, line, column };
}

export function nestingDepth(text: string): number {
    return scanNesting(text, MAX_DEPTH).depth;
}

/**
 * A parser error for a text the parser could not take: too deeply nested (at the first brace past
 * MAX_DEPTH levels, counted by braces), or else too large, at its start. Size alone never reads as nesting.
 */
export function unreadableTextError(text: string): IRecognitionException {
    const at = scanNesting(text, MAX_DEPTH);
    if (at.offset < 0) {
        const token = {
            image: '', startOffset: 0, endOffset: 0, tokenTypeIdx: 0, tokenType: { name: 'EOF' },
            startLine: 1, endLine: 1, startColumn: 1, endColumn: 1,
        } as unknown as IToken;
        return {
            name: 'TooLarge', message: encode({ expected: [], foundType: 'EOF', rule: 'Theory', tooLarge: true }), token,
            resyncedTokens: [], context: { ruleStack: [], ruleOccurrenceStack: [] },
        } as IRecognitionException;
    }
    const offset = Math.max(0, at.offset);
    const token = {
        image: '{', startOffset: offset, endOffset: offset, tokenTypeIdx: 0, tokenType: { name: '{' },
        startLine: at.line + 1, endLine: at.line + 1, startColumn: at.column + 1, endColumn: at.column + 1,
    } as unknown as IToken;
    return {
        name: 'TooDeep', message: encode({ expected: [], foundType: '{', rule: 'Theory', tooDeep: true }), token,
        resyncedTokens: [], context: { ruleStack: [], ruleOccurrenceStack: [] },
    } as IRecognitionException;
}
