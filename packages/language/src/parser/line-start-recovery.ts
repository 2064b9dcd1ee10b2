/**
 * Recovery at element keywords that start a line. When a line is left half-typed (`meting` or
 * `actie Koffie KT ->`), the parser's single-token deletion would throw away the keyword of the next
 * line to make the name after it fit: `meting` + `uitdaging Één1 {` became a measurement of `Één1`,
 * and the challenge was gone. A keyword that starts its line is never deleted; the parser then
 * re-synchronises at it, so the next element is parsed as written and the error stays on the half line.
 */
import { createLangiumParser, type LangiumCoreServices, type LangiumParser } from 'langium';
import type { IToken, TokenType } from 'chevrotain';
import { startsNextLine } from './syntax-errors.js';

/** The part of Chevrotain's recognizer (inside Langium's parser) that decides single-token deletion. */
interface RecoveryHooks {
    LA(howMuch: number): IToken;
    canRecoverWithSingleTokenDeletion(expected: TokenType): boolean;
}

export function createTocParser(services: LangiumCoreServices): LangiumParser {
    const parser = createLangiumParser(services);
    const wrapper = (parser as unknown as { wrapper?: RecoveryHooks }).wrapper;
    if (!wrapper || typeof wrapper.canRecoverWithSingleTokenDeletion !== 'function') {
        throw new Error('langium parser without a Chevrotain wrapper: check parser/line-start-recovery.ts against this Langium version');
    }
    const deletion = wrapper.canRecoverWithSingleTokenDeletion.bind(wrapper);
    wrapper.canRecoverWithSingleTokenDeletion = expected => !startsNextLine(wrapper.LA(1), wrapper.LA(0)) && deletion(expected);
    return parser;
}
