/**
 * Completion: the grammar says what may come at the cursor; this keeps only the keywords of the
 * document's language, names each kind in that language, and adds whole elements as snippets.
 * After `->` the scope already holds only what may be contributed to there.
 */
import { AstUtils, URI, type AstNode, type AstNodeDescription, type GrammarAST, type LangiumDocument, type ReferenceInfo } from 'langium';
import {
    DefaultCompletionProvider, type CompletionAcceptor, type CompletionContext, type CompletionProviderOptions, type CompletionValueItem,
    type NextFeature,
} from 'langium/lsp';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
    CompletionItemKind, InsertTextFormat, type CancellationToken, type CompletionList, type CompletionParams, type Position,
} from 'vscode-languageserver';
import { isAction, isTheory } from '../generated/ast.js';
import { editorMessages, wordMeaning } from '../i18n/editor-messages.js';
import { kindName, shorten, type ElementKind } from '../i18n/messages.js';
import { expectedKinds } from '../scoping/toc-scope-provider.js';
import { kindOfType } from '../model/element-kinds.js';
import type { TocServices } from '../toc-module.js';
import { chosenLang, documentLang } from './document-language.js';
import { KEYWORD_KIND, keywordFits } from './keywords.js';
import { HORIZON_WORDS } from '../parser/keywords.js';
import { completionKindOf } from './node-kinds.js';
import { completionParseStart } from './completion-prefix.js';
import { braces } from './text-inserts.js';
import { kindOf } from '../model/element-kinds.js';
import { SNIPPET_KINDS, snippetFor, snippetPlainText } from './snippets.js';


export class TocCompletionProvider extends DefaultCompletionProvider {
    private readonly toc: TocServices;
    /** `->` asks for the names an arrow may point to as soon as it is typed, without a letter or Ctrl+Space. */
    override readonly completionOptions: CompletionProviderOptions = { triggerCharacters: ['>'] };

    constructor(services: TocServices) {
        super(services);
        this.toc = services;
    }

    /** Langium builds edits from the requested position; a position past the end of its line is clamped to a real one. */
    override async getCompletion(document: LangiumDocument, params: CompletionParams, token?: CancellationToken): Promise<CompletionList | undefined> {
        const doc = document.textDocument;
        const before = (p: Position, n: number) => doc.getText().slice(Math.max(0, doc.offsetAt(p) - n), doc.offsetAt(p));
        // `>` is a trigger only as the end of an arrow; in `norm >` there is nothing to pick from a list.
        if (params.context?.triggerCharacter === '>' && before(params.position, 2) !== '->') return { isIncomplete: false, items: [] };
        // While a number is typed (a norm's 30 in a template) nothing completes it: a list popping up there
        // would take the Tab meant for the next field and insert a keyword after the number.
        if (/(?:^|[^\p{L}\p{N}_])\d+(?:[.,]\d*)?$/u.test(before(params.position, 40))) return { isIncomplete: false, items: [] };
        const list = await super.getCompletion(document, params, token);
        const clamp = (p: Position) => doc.positionAt(doc.offsetAt(p));
        for (const item of list?.items ?? []) {
            const edit = item.textEdit;
            if (!edit) continue;
            if ('range' in edit) edit.range = { start: clamp(edit.range.start), end: clamp(edit.range.end) };
            // A name picked right after `->` gets the space the formatter would put there.
            const start = 'range' in edit ? edit.range.start : edit.insert.start;
            if (before(start, 1) === '>') edit.newText = ' ' + edit.newText;
        }
        return list;
    }

    /** Parses from the top-level element at the cursor instead of from the start of the document (completion-prefix.ts). */
    protected override findFeaturesAt(document: TextDocument, offset: number): NextFeature[] {
        const parsed = this.toc.shared.workspace.LangiumDocuments.getDocument(URI.parse(document.uri));
        const text = document.getText();
        // The tree must be of this very text (completion waits for the build, so it is).
        const start = parsed && parsed.parseResult.value.$cstNode?.root.fullText === text ? completionParseStart(parsed, offset) : 0;
        if (start === 0) return super.findFeaturesAt(document, offset);
        const prefix = TextDocument.create(document.uri, document.languageId, document.version, text.substring(start, offset));
        return super.findFeaturesAt(prefix, offset - start);
    }

    protected override filterKeyword(context: CompletionContext, keyword: GrammarAST.Keyword): boolean {
        // The grammar parses a horizon after a goal's name only to report it; never propose one there.
        if (HORIZON_WORDS.has(keyword.value) && !isAction(context.node)) return false;
        return super.filterKeyword(context, keyword) && keywordFits(keyword.value, chosenLang(this.toc, context.document));
    }

    protected override completionForKeyword(context: CompletionContext, keyword: GrammarAST.Keyword, acceptor: CompletionAcceptor): void {
        if (!this.filterKeyword(context, keyword)) return;
        const lang = chosenLang(this.toc, context.document) ?? (keywordFits(keyword.value, 'nl') && !keywordFits(keyword.value, 'en') ? 'nl' : 'en');
        const msgs = editorMessages(lang);
        const kind = KEYWORD_KIND[keyword.value];
        const snippet = kind && SNIPPET_KINDS.has(kind)
            ? snippetFor(kind, { lang, topLevel: !this.insideBlock(context.document, context.offset), targets: this.targetNames(context.document, kind) })
            : undefined;
        if (snippet && kind) {
            // One entry per keyword: the whole element to fill in, labelled as a template and listed first.
            // The bare keyword beside it looked the same in the list and left the user without the template.
            acceptor(context, {
                label: keyword.value,
                labelDetails: { description: msgs.snippet.label },
                kind: CompletionItemKind.Snippet,
                insertText: snippet,
                insertTextFormat: InsertTextFormat.Snippet,
                detail: msgs.snippet.detail(kindName(lang, kind)),
                documentation: { kind: 'markdown', value: '```toc\n' + snippetPlainText(snippet) + '\n```' },
                sortText: '0',
            });
            return;
        }
        const detail = wordMeaning(lang, keyword.value) ?? (kind ? kindName(lang, kind) : msgs.keyword);
        acceptor(context, { label: keyword.value, kind: CompletionItemKind.Keyword, detail, sortText: '1' });
    }

    protected override createReferenceCompletionItem(description: AstNodeDescription, refInfo: ReferenceInfo, context: CompletionContext): CompletionValueItem {
        const lang = documentLang(this.toc, context.document);
        const kind = kindOfType(description.type);
        const node = description.node;
        const fromOther = description.documentUri.toString() !== context.document.uri.toString();
        const file = description.documentUri.path.split('/').pop() ?? '';
        const detail = (kind ? kindName(lang, kind) : description.type) + (fromOther ? ` · ${editorMessages(lang).fromFile(file)}` : '');
        const text = (node as { description?: string } | undefined)?.description;
        return {
            nodeDescription: description,
            kind: kind ? completionKindOf(kind) : CompletionItemKind.Reference,
            detail,
            documentation: text ? { kind: 'markdown', value: shorten(text, 400) } : undefined,
            // This file's names first, then the imported ones.
            sortText: fromOther ? '01' : '00',
        };
    }

    /** Whether the cursor stands inside some element's `{ … }` (then a new element contributes to it by nesting). */
    private insideBlock(document: LangiumDocument, offset: number): boolean {
        const root = document.parseResult.value;
        if (!isTheory(root)) return false;
        for (const node of AstUtils.streamAllContents(root)) {
            const cst = node.$cstNode;
            if (!cst || cst.offset >= offset || !kindOf(node)) continue;
            const b = braces(node);
            if (b && b.open.end <= offset && b.close.offset >= offset) return true;
            // An unclosed block (still being typed) reaches to the end.
            if (!b && cst.text.includes('{') && !cst.text.includes('}') && cst.end <= offset) return true;
        }
        return false;
    }

    /** Names that the arrow of a new element of this kind may point to, from this file and its imports. */
    private targetNames(document: LangiumDocument, kind: ElementKind): string[] {
        const root = document.parseResult.value;
        if (!isTheory(root)) return [];
        const container = { $type: kind === 'goal' ? 'Goal' : kind === 'subgoal' ? 'Subgoal' : 'Action', $container: root } as unknown as AstNode;
        const info = { reference: { $refText: '' }, container, property: 'targets' } as unknown as ReferenceInfo;
        const wanted = new Set(expectedKinds(info));
        if (wanted.size === 0) return [];
        const scopes = this.toc.references.ScopeProvider as unknown as { visibleElements(info: ReferenceInfo): Iterable<AstNodeDescription> };
        const names: string[] = [];
        for (const d of scopes.visibleElements(info)) {
            const k = kindOfType(d.type);
            if (k && wanted.has(k) && !names.includes(d.name)) names.push(d.name);
        }
        return names;
    }
}

