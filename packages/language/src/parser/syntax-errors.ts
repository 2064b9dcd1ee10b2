/**
 * Syntax errors in plain words. The parser knows what it expected but not the document's language, so
 * the message provider records the facts (as JSON behind a marker) and the document validator, which
 * knows the language, turns them into a sentence from i18n.
 */
import { LangiumParserErrorMessageProvider } from 'langium';
import type { IToken, TokenType } from 'chevrotain';
import type { Lang } from '../i18n/language.js';
import { foundWord, joinOr, SYNTAX, tokenWord } from '../i18n/messages.js';

const MARK = '\u0000toc:';
const HORIZONS = new Set(['KT', 'MLT', 'LT', 'ST', 'MT']);
const TERMINALS = new Set(['ID', 'STRING', 'NUMBER', 'DATE', 'EOF']);

interface SyntaxFacts {
    expected: string[];
    found?: string;
    foundType: string;
    rule: string;
    /** Nothing more was expected: the rest of the file is left over. */
    leftover?: boolean;
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
        return encode({ expected: [options.expected.name], found: options.actual.image, foundType: options.actual.tokenType.name, rule: ruleName(options.ruleName) });
    }
    override buildNotAllInputParsedMessage(options: { firstRedundant: IToken; ruleName: string }): string {
        return encode({ expected: [], found: options.firstRedundant.image, foundType: options.firstRedundant.tokenType.name, rule: ruleName(options.ruleName), leftover: true });
    }
    override buildNoViableAltMessage(options: { expectedPathsPerAlt: TokenType[][][]; actual: IToken[]; previous: IToken; customUserDescription: string; ruleName: string }): string {
        const expected = options.expectedPathsPerAlt.flatMap(alt => alt.map(path => path[0]).filter(Boolean));
        const actual = options.actual[0];
        return encode({ expected: names(expected), found: actual?.image, foundType: actual?.tokenType.name ?? 'EOF', rule: ruleName(options.ruleName) });
    }
    override buildEarlyExitMessage(options: { expectedIterationPaths: TokenType[][]; actual: IToken[]; previous: IToken; customUserDescription: string; ruleName: string }): string {
        const expected = options.expectedIterationPaths.map(path => path[0]).filter(Boolean);
        const actual = options.actual[0];
        return encode({ expected: names(expected), found: actual?.image, foundType: actual?.tokenType.name ?? 'EOF', rule: ruleName(options.ruleName) });
    }
}

/** Turns what the message provider recorded into a sentence; passes any other message through. */
export function syntaxMessage(lang: Lang, raw: string): string {
    if (!raw.startsWith(MARK)) return raw;
    let facts: SyntaxFacts;
    try {
        facts = JSON.parse(raw.slice(MARK.length)) as SyntaxFacts;
    } catch {
        return raw;
    }
    const found = foundWord(lang, facts.found, facts.foundType);
    if (facts.found && HORIZONS.has(facts.found) && facts.rule !== 'Action') return SYNTAX.horizonOnlyForActions(lang, facts.found);
    if (facts.foundType === 'EOF' && facts.expected.includes('}')) return SYNTAX.unclosedBlock(lang);
    if (facts.expected.length === 1 && facts.expected[0] === 'ID' && facts.found && !TERMINALS.has(facts.foundType) && /^\p{L}+$/u.test(facts.found)) {
        return SYNTAX.nameWithKeyword(lang, facts.found);
    }
    if (facts.found === '->' && (facts.rule === 'Challenge' || facts.rule === 'Theory' || facts.leftover)) return SYNTAX.misplacedArrow(lang);
    if (facts.leftover || facts.expected.length === 0 || facts.expected.every(t => t === 'EOF')) return SYNTAX.notUnderstood(lang, found);
    const words = [...new Set(facts.expected.map(t => tokenWord(lang, t)))];
    const expected = words.length > 6 ? joinOr(lang, [...words.slice(0, 5), lang === 'nl' ? 'nog iets anders' : 'something else']) : joinOr(lang, words);
    return SYNTAX.expected(lang, expected, found);
}

/** Lexer errors: an unclosed quote, or a character the language does not use. */
export function lexerMessage(lang: Lang, raw: string): string {
    const m = /->(.*?)<-/s.exec(raw);
    const ch = m?.[1] ?? '';
    if (ch.startsWith('"')) return SYNTAX.unclosedString(lang);
    return SYNTAX.unknownCharacter(lang, ch.slice(0, 1) || '?');
}
