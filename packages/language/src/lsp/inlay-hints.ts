/**
 * Hints for reviewers, after the name: for a goal or subgoal how many actions carry it (directly or
 * through subgoals), for a result its status against the norm. Read from the TheoryModel.
 */
import { AstUtils, GrammarUtils, type AstNode, type LangiumDocument } from 'langium';
import { AbstractInlayHintProvider, type InlayHintAcceptor } from 'langium/lsp';
import { InlayHintKind } from 'vscode-languageserver';
import { isGoal, isResult, isSubgoal } from '../generated/ast.js';
import { editorMessages } from '../i18n/editor-messages.js';
import { formatQuantity } from '../model/quantity.js';
import type { TocServices } from '../toc-module.js';
import { documentLang } from './document-language.js';

export class TocInlayHintProvider extends AbstractInlayHintProvider {
    private readonly services: TocServices;

    constructor(services: TocServices) {
        super();
        this.services = services;
    }

    override computeInlayHint(node: AstNode, acceptor: InlayHintAcceptor): void {
        if (!isGoal(node) && !isSubgoal(node) && !isResult(node)) return;
        const document: LangiumDocument = AstUtils.getDocument(node);
        const model = this.services.model.TheoryModelProvider.modelOf(document);
        const el = model.elementOf(node);
        const anchor = GrammarUtils.findNodeForProperty(node.$cstNode, 'name')
            ?? GrammarUtils.findNodeForProperty(node.$cstNode, 'description')
            ?? GrammarUtils.findNodeForProperty(node.$cstNode, 'keyword');
        if (!el || !anchor) return;
        const lang = documentLang(this.services, document);
        const m = editorMessages(lang);
        let label: string;
        if (isResult(node)) {
            const status = model.statusOf(el);
            label = m.state[status.state] + (status.latest ? ` (${formatQuantity(status.latest, lang)})` : '');
        } else {
            label = m.actionsCarry(model.actionsReaching(el).length);
        }
        acceptor({ position: anchor.range.end, label, kind: InlayHintKind.Parameter, paddingLeft: true });
    }
}
