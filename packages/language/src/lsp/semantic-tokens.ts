/**
 * Semantic colouring that tells the kinds apart, where they are written and where they are named
 * after an arrow: challenges, goals, subgoals, actions, results and indicators each get their own
 * token type, so a theme shows at a glance what an arrow points to.
 */
import type { AstNode } from 'langium';
import { AbstractSemanticTokenProvider, type SemanticTokenAcceptor } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import { isAction, isGoal, isSubgoal, isTopMeasurement } from '../generated/ast.js';
import type { ElementKind } from '../i18n/messages.js';
import { kindOf } from '../model/element-kinds.js';

export const KIND_TOKEN: Record<ElementKind, string> = {
    challenge: SemanticTokenTypes.namespace,
    goal: SemanticTokenTypes.class,
    subgoal: SemanticTokenTypes.interface,
    action: SemanticTokenTypes.function,
    result: SemanticTokenTypes.enumMember,
    indicator: SemanticTokenTypes.property,
};

export class TocSemanticTokenProvider extends AbstractSemanticTokenProvider {
    protected override highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): void {
        const kind = kindOf(node);
        if (kind && (node as { name?: string }).name) {
            acceptor({ node, property: 'name', type: KIND_TOKEN[kind], modifier: SemanticTokenModifiers.declaration });
        }
        if (isGoal(node) || isSubgoal(node) || isAction(node)) {
            node.targets.forEach((ref, index) => {
                const target = ref?.ref && kindOf(ref.ref);
                if (target) acceptor({ node, property: 'targets', index, type: KIND_TOKEN[target] });
            });
        }
        if (isTopMeasurement(node) && node.indicator?.ref) {
            acceptor({ node, property: 'indicator', type: KIND_TOKEN.indicator });
        }
    }
}
