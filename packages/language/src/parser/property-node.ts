/**
 * `GrammarUtils.findNodeForProperty` for the first (or only) node of a property, without building the
 * list of all of them and without climbing the grammar for every CST node: the same node, found in the
 * same depth-first order, stopping at the first. Diagnostics and the live model ask this for every
 * element after each keystroke.
 */
import { AstUtils, GrammarAST, GrammarUtils, isCompositeCstNode, type AstNode, type CstNode } from 'langium';
import type { Range } from 'vscode-languageserver-types';

/** The assignment a grammar element belongs to (or null): the grammar never changes, so this is kept. */
const ASSIGNMENT = new WeakMap<object, GrammarAST.Assignment | null>();

function assignmentOf(source: AstNode | undefined): GrammarAST.Assignment | undefined {
    if (!source) return undefined;
    let found = ASSIGNMENT.get(source);
    if (found === undefined) {
        found = AstUtils.getContainerOfType(source, GrammarAST.isAssignment) ?? null;
        ASSIGNMENT.set(source, found);
    }
    return found ?? undefined;
}

function first(node: CstNode, property: string, element: AstNode): CstNode | undefined {
    if (!isCompositeCstNode(node) || node.astNode !== element) return undefined;
    for (const child of node.content) {
        if (assignmentOf(child.grammarSource)?.feature === property) return child;
        const found = first(child, property, element);
        if (found) return found;
    }
    return undefined;
}

/** As `GrammarUtils.findNodeForProperty(node, property, index)`. */
export function findNodeForProperty(node: CstNode | undefined, property: string | undefined, index?: number): CstNode | undefined {
    if (!node || !property) return undefined;
    if (index !== undefined && index > 0) return GrammarUtils.findNodeForProperty(node, property, index);
    return first(node, property, node.astNode);
}

/** The range a diagnostic on `property` of `node` gets from Langium (`getDiagnosticRange`). */
export function propertyRange(node: AstNode, property: string, index?: number): Range {
    const cst = findNodeForProperty(node.$cstNode, property, index) ?? node.$cstNode;
    return cst ? cst.range : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
}
