/** Icons for the kinds of element: in the outline, workspace symbols and completion lists. */
import type { AstNode, AstNodeDescription } from 'langium';
import { DefaultNodeKindProvider } from 'langium/lsp';
import { CompletionItemKind, SymbolKind } from 'vscode-languageserver';
import type { ElementKind } from '../i18n/messages.js';
import { kindOf } from '../model/element-kinds.js';
import { kindOfType } from '../model/element-kinds.js';

const SYMBOL: Record<ElementKind, SymbolKind> = {
    challenge: SymbolKind.Event, goal: SymbolKind.Class, subgoal: SymbolKind.Interface,
    action: SymbolKind.Function, result: SymbolKind.Constant, indicator: SymbolKind.Property,
};
const COMPLETION: Record<ElementKind, CompletionItemKind> = {
    challenge: CompletionItemKind.Event, goal: CompletionItemKind.Class, subgoal: CompletionItemKind.Interface,
    action: CompletionItemKind.Function, result: CompletionItemKind.Constant, indicator: CompletionItemKind.Property,
};

export function symbolKindOf(kind: ElementKind): SymbolKind {
    return SYMBOL[kind];
}

export function completionKindOf(kind: ElementKind): CompletionItemKind {
    return COMPLETION[kind];
}

export function elementKindOf(node: AstNode | AstNodeDescription): ElementKind | undefined {
    return '$type' in node ? kindOf(node) : kindOfType(node.type);
}

export class TocNodeKindProvider extends DefaultNodeKindProvider {
    override getSymbolKind(node: AstNode | AstNodeDescription): SymbolKind {
        const kind = elementKindOf(node);
        return kind ? SYMBOL[kind] : super.getSymbolKind(node);
    }

    override getCompletionItemKind(node: AstNode | AstNodeDescription): CompletionItemKind {
        const kind = elementKindOf(node);
        return kind ? COMPLETION[kind] : super.getCompletionItemKind(node);
    }
}
