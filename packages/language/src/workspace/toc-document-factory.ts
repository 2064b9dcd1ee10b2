/**
 * A text nested hundreds of blocks deep overflows the parser's stack. Rather than losing the file (and,
 * in the editor, every later build), it becomes an empty theory with one plain-worded syntax error at
 * the brace where the nesting went too deep.
 */
import { DefaultLangiumDocumentFactory, type AstNode, type ParseResult, type URI } from 'langium';
import type { ParserOptions } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import { MAX_DEPTH, nestingDepth, tooDeepError } from '../parser/syntax-errors.js';

export class TocDocumentFactory extends DefaultLangiumDocumentFactory {
    protected override parse<T extends AstNode>(uri: URI, text: string, options?: ParserOptions): ParseResult<T> {
        if (nestingDepth(text) > MAX_DEPTH) return this.tooDeep<T>(uri, text);
        try {
            return super.parse<T>(uri, text, options);
        } catch (e) {
            if (!(e instanceof RangeError)) throw e;
            return this.tooDeep<T>(uri, text);
        }
    }

    protected override async parseAsync<T extends AstNode>(uri: URI, text: string, cancellationToken: CancellationToken): Promise<ParseResult<T>> {
        if (nestingDepth(text) > MAX_DEPTH) return this.tooDeep<T>(uri, text);
        try {
            return await super.parseAsync<T>(uri, text, cancellationToken);
        } catch (e) {
            if (!(e instanceof RangeError)) throw e;
            return this.tooDeep<T>(uri, text);
        }
    }

    private tooDeep<T extends AstNode>(uri: URI, text: string): ParseResult<T> {
        // An overflow leaves the parser's own stack half full; the next parse would refuse to start.
        const parser = this.serviceRegistry.getServices(uri).parser.LangiumParser as unknown as { stack?: unknown[] };
        if (Array.isArray(parser.stack)) parser.stack.length = 0;
        const empty = super.parse<T>(uri, '');
        return { ...empty, parserErrors: [tooDeepError(text)] };
    }
}
