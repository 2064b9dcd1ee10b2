/** The outline: challenges, goals, subgoals, actions, results and indicators, nested as written. */
import { GrammarUtils, type LangiumDocument } from 'langium';
import type { DocumentSymbolProvider } from 'langium/lsp';
import type { DocumentSymbol, DocumentSymbolParams } from 'vscode-languageserver';
import { isTheory, type Horizon } from '../generated/ast.js';
import { horizonMeaning } from '../i18n/editor-messages.js';
import { kindName, shorten } from '../i18n/messages.js';
import type { ModelElement } from '../model/theory-model.js';
import type { TocServices } from '../toc-module.js';
import { documentLang } from './document-language.js';
import { symbolKindOf } from './node-kinds.js';

export class TocDocumentSymbolProvider implements DocumentSymbolProvider {
    private readonly services: TocServices;

    constructor(services: TocServices) {
        this.services = services;
    }

    getSymbols(document: LangiumDocument, _params: DocumentSymbolParams): DocumentSymbol[] {
        if (!isTheory(document.parseResult.value)) return [];
        const model = this.services.model.TheoryModelProvider.modelOf(document);
        const lang = documentLang(this.services, document);
        const symbol = (el: ModelElement): DocumentSymbol | undefined => {
            const cst = el.node.$cstNode;
            if (!cst) return undefined;
            const nameNode = GrammarUtils.findNodeForProperty(cst, 'name') ?? GrammarUtils.findNodeForProperty(cst, 'keyword') ?? cst;
            const horizon = (el.node as { horizon?: Horizon }).horizon;
            return {
                name: el.name ?? (el.description ? shorten(el.description, 50) : kindName(lang, el.kind)),
                detail: kindName(lang, el.kind) + (horizon ? ` · ${horizon} (${horizonMeaning(lang, horizon)})` : ''),
                kind: symbolKindOf(el.kind),
                range: cst.range,
                selectionRange: nameNode.range,
                children: el.children.map(symbol).filter((s): s is DocumentSymbol => s !== undefined),
            };
        };
        return model.elements.filter(e => !e.parent).map(symbol).filter((s): s is DocumentSymbol => s !== undefined);
    }
}
