/** The element the cursor is on: its name, a name that refers to it, or its keyword. */
import { CstUtils, GrammarUtils, type AstNode, type LangiumDocument, type LeafCstNode } from 'langium';
import type { Position } from 'vscode-languageserver';
import { kindOf } from '../model/element-kinds.js';
import type { TocServices } from '../toc-module.js';

export interface ElementAt {
    node: AstNode;
    /** The leaf under the cursor. */
    leaf: LeafCstNode;
    /** True when the cursor is on a reference rather than on the element itself. */
    viaReference: boolean;
}

export function elementAt(services: TocServices, document: LangiumDocument, position: Position): ElementAt | undefined {
    const root = document.parseResult.value.$cstNode;
    if (!root) return undefined;
    const offset = document.textDocument.offsetAt(position);
    const leaf = CstUtils.findDeclarationNodeAtOffset(root, offset, services.parser.GrammarConfig.nameRegexp);
    if (!leaf) return undefined;
    const declared = services.references.References.findDeclarations(leaf)[0];
    if (declared && kindOf(declared)) {
        return { node: declared, leaf, viaReference: declared !== leaf.astNode };
    }
    const feature = GrammarUtils.findAssignment(leaf)?.feature;
    if (kindOf(leaf.astNode) && (feature === 'keyword' || feature === 'name')) return { node: leaf.astNode, leaf, viaReference: false };
    return undefined;
}
