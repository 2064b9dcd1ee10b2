/**
 * The parser, with two repairs to Langium's.
 *
 * Recovery at element keywords that start a line. When a line is left half-typed (`meting` or
 * `actie Koffie KT ->`), the parser's single-token deletion would throw away the keyword of the next
 * line to make the name after it fit: `meting` + `uitdaging Één1 {` became a measurement of `Één1`,
 * and the challenge was gone. A keyword that starts its line is never deleted; the parser then
 * re-synchronises at it, so the next element is parsed as written and the error stays on the half line.
 *
 * Many comments in a row: Langium attaches the comments before a token with `splice(i, 0, ...nodes)` and
 * `push(...nodes)`, one call argument per comment; 200,000 comment lines overflowed the stack and the file
 * was reported as nested too deeply. The same, without spreading them into arguments.
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
        throw new Error('langium parser without a Chevrotain wrapper: check parser/toc-parser.ts against this Langium version');
    }
    const deletion = wrapper.canRecoverWithSingleTokenDeletion.bind(wrapper);
    wrapper.canRecoverWithSingleTokenDeletion = expected => !startsNextLine(wrapper.LA(1), wrapper.LA(0)) && deletion(expected);

    const builder = (parser as unknown as { nodeBuilder?: NodeBuilderHooks }).nodeBuilder;
    if (!builder || typeof builder.insertChildren !== 'function' || typeof builder.appendChildren !== 'function') {
        throw new Error('langium parser without a CST node builder: check parser/toc-parser.ts against this Langium version');
    }
    builder.appendChildren = (parent, children) => {
        for (const child of children) child.container = parent;
        if (parent.content.length === 0) parent.content = children.slice();
        else for (const child of children) parent.content.push(child);
    };
    builder.insertChildren = (parent, index, children) => {
        for (const child of children) child.container = parent;
        parent.content = parent.content.slice(0, index).concat(children, parent.content.slice(index));
    };
    return parser;
}

interface CstParent { content: CstChild[] }
interface CstChild { container?: CstParent }
/** The two methods of Langium's CstNodeBuilder that spread a node list into call arguments. */
interface NodeBuilderHooks {
    appendChildren(parent: CstParent, children: CstChild[]): void;
    insertChildren(parent: CstParent, index: number, children: CstChild[]): void;
}
