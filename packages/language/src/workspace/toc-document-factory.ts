/**
 * How a document's text becomes its tree:
 * - after an edit inside one element, only that element is parsed again (parser/incremental-parse.ts);
 * - a text nested hundreds of blocks deep overflows the parser's stack. Rather than losing the file
 *   (and, in the editor, every later build), it becomes an empty theory with one plain-worded syntax
 *   error at the brace where the nesting went too deep; a text that overflows without such nesting is
 *   said to be too large (at its start), never "nested too deeply".
 */
import { DefaultLangiumDocumentFactory, type AstNode, type LangiumDocument, type ParseResult, type URI } from 'langium';
import type { ParserOptions } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import { reparseChangedElement } from '../parser/incremental-parse.js';
import { MAX_DEPTH, nestingDepth, unreadableTextError } from '../parser/syntax-errors.js';

export class TocDocumentFactory extends DefaultLangiumDocumentFactory {
    /** The parse a document had before the update now under way, by URI. */
    private readonly previous = new Map<string, ParseResult>();
    /** How many updates were parsed in part, and in full: for tests and benchmarks. */
    readonly parses = { partial: 0, full: 0 };

    override async update<T extends AstNode = AstNode>(document: LangiumDocument<T>, cancellationToken: CancellationToken): Promise<LangiumDocument<T>> {
        const key = document.uri.toString();
        this.previous.set(key, document.parseResult);
        try {
            return await super.update(document, cancellationToken);
        } finally {
            this.previous.delete(key);
        }
    }

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
        const previous = this.previous.get(uri.toString());
        if (previous) {
            const partial = this.reparse<T>(uri, previous as ParseResult<T>, text);
            if (partial) {
                this.parses.partial++;
                return partial;
            }
        }
        this.parses.full++;
        if (nestingDepth(text) > MAX_DEPTH) return this.tooDeep<T>(uri, text);
        try {
            return await super.parseAsync<T>(uri, text, cancellationToken);
        } catch (e) {
            if (!(e instanceof RangeError)) throw e;
            return this.tooDeep<T>(uri, text);
        }
    }

    /** The tree after an edit inside one element; undefined when the whole text must be parsed. */
    private reparse<T extends AstNode>(uri: URI, previous: ParseResult<T>, text: string): ParseResult<T> | undefined {
        const parser = this.serviceRegistry.getServices(uri).parser.LangiumParser;
        try {
            return reparseChangedElement(parser, previous, text, MAX_DEPTH);
        } catch {
            // Never expected; a full parse builds a new tree whatever state this left the old one in.
            this.resetParser(uri);
            return undefined;
        }
    }

    private tooDeep<T extends AstNode>(uri: URI, text: string): ParseResult<T> {
        this.resetParser(uri);
        const empty = super.parse<T>(uri, '');
        return { ...empty, parserErrors: [unreadableTextError(text)] };
    }

    /** A parse that threw leaves the parser's own stack half full; the next parse would refuse to start. */
    private resetParser(uri: URI): void {
        const parser = this.serviceRegistry.getServices(uri).parser.LangiumParser as unknown as { stack?: unknown[] };
        if (Array.isArray(parser.stack)) parser.stack.length = 0;
    }
}
