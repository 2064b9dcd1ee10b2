/**
 * Rename any named element and every name that refers to it, in every file. A new name that is not a
 * name (spaces, a digit first), a keyword, or a name already taken where it would land is refused
 * with the reason, in the user's language.
 */
import { AstUtils, GrammarUtils, type AstNode, type LangiumDocument, type URI } from 'langium';
import { DefaultRenameProvider } from 'langium/lsp';
import {
    ErrorCodes, ResponseError, TextEdit, type PrepareRenameParams, type Range, type RenameParams, type WorkspaceEdit,
} from 'vscode-languageserver';
import { editorMessages } from '../i18n/editor-messages.js';
import { kindOf } from '../model/element-kinds.js';
import type { TocServices } from '../toc-module.js';
import { documentLang } from './document-language.js';
import { elementAt } from './element-at.js';
import { ALL_KEYWORDS, NAME } from '../parser/keywords.js';

export class TocRenameProvider extends DefaultRenameProvider {
    private readonly toc: TocServices;

    constructor(services: TocServices) {
        super(services);
        this.toc = services;
    }

    /** On a name, a reference or the element's own keyword: the range of the name (or reference) to edit. */
    override prepareRename(document: LangiumDocument, params: PrepareRenameParams): Range | undefined {
        const at = elementAt(this.toc, document, params.position);
        const target = at && this.renameable(at.node);
        if (!at || !target) throw new ResponseError(ErrorCodes.InvalidRequest, editorMessages(documentLang(this.toc, document)).rename.notHere);
        if (at.viaReference) return at.leaf.range;
        return GrammarUtils.findNodeForProperty(target.$cstNode, 'name')?.range;
    }

    override async rename(document: LangiumDocument, params: RenameParams): Promise<WorkspaceEdit | undefined> {
        const m = editorMessages(documentLang(this.toc, document)).rename;
        const target = this.targetAt(document, params.position);
        if (!target) throw new ResponseError(ErrorCodes.InvalidRequest, m.notHere);
        const newName = params.newName.trim();
        if (newName === '') throw new ResponseError(ErrorCodes.InvalidParams, m.empty);
        if (ALL_KEYWORDS.has(newName)) throw new ResponseError(ErrorCodes.InvalidParams, m.keyword(newName));
        if (!NAME.test(newName)) throw new ResponseError(ErrorCodes.InvalidParams, m.notAName(newName));
        const oldName = (target as { name?: string }).name;
        if (newName === oldName) return { changes: {} };

        // Where the name lands: the element's own file and every file that refers to it.
        const references = this.toc.references.References.findReferences(target, { includeDeclaration: true }).toArray();
        const files = new Map<string, URI>();
        for (const ref of references) files.set(ref.sourceUri.toString(), ref.sourceUri);
        const home = AstUtils.getDocument(target);
        files.set(home.uri.toString(), home.uri);
        const documents = this.toc.shared.workspace.LangiumDocuments;
        for (const uri of files.values()) {
            const doc = documents.getDocument(uri);
            if (!doc) continue;
            const clash = this.toc.model.TheoryModelProvider.modelOf(doc).elements.find(e => e.name === newName && e.node !== target);
            if (clash) {
                const line = (clash.node.$cstNode?.range.start.line ?? 0) + 1;
                throw new ResponseError(ErrorCodes.InvalidParams, m.taken(newName, uri.path.split('/').pop() ?? '', line));
            }
        }
        const changes: Record<string, TextEdit[]> = {};
        for (const ref of references) {
            (changes[ref.sourceUri.toString()] ??= []).push(TextEdit.replace(ref.segment.range, newName));
        }
        return { changes };
    }

    /** The named element at the cursor (its name, its keyword, or a name that refers to it). */
    private targetAt(document: LangiumDocument, position: RenameParams['position']): AstNode | undefined {
        const at = elementAt(this.toc, document, position);
        return at && this.renameable(at.node);
    }

    private renameable(node: AstNode): AstNode | undefined {
        return kindOf(node) && (node as { name?: string }).name ? node : undefined;
    }
}
