/**
 * One walk over a parsed tree, shared by everything that used to walk it on its own after each
 * keystroke (indexing names, linking, the reference index, the keyword count, the number checks).
 * The nodes come in the order `AstUtils.streamAst` gives (the root first, then depth first, in
 * property order), the references in the order `streamAst` + `streamReferences` give; a new parse
 * makes a new root, so the entry never goes stale.
 */
import { isAstNode, isMultiReference, isReference, type AstNode, type ReferenceInfo } from 'langium';

export interface AstIndex {
    /** Every node, the root included, in `streamAst` order. */
    readonly nodes: readonly AstNode[];
    /** Every cross-reference, in the order `streamAst` + `streamReferences` visit them. */
    readonly references: readonly ReferenceInfo[];
}

const INDEX = new WeakMap<AstNode, AstIndex>();

export function astIndex(root: AstNode): AstIndex {
    let index = INDEX.get(root);
    if (!index) {
        const nodes: AstNode[] = [];
        const references: ReferenceInfo[] = [];
        visit(root, nodes, references);
        INDEX.set(root, index = { nodes, references });
    }
    return index;
}

function visit(node: AstNode, nodes: AstNode[], references: ReferenceInfo[]): void {
    nodes.push(node);
    // One pass over the properties (for...in: the order of Object.keys on these plain objects): the
    // node's references are recorded at once, its children visited after them, as streamAst would.
    let children: AstNode[] | undefined;
    const record = node as unknown as Record<string, unknown>;
    for (const property in record) {
        if (property.charCodeAt(0) === 36 /* $ */) continue;
        const value = record[property];
        if (typeof value !== 'object' || value === null) continue;
        if (Array.isArray(value)) {
            for (let i = 0; i < value.length; i++) {
                const element: unknown = value[i];
                if (isAstNode(element)) (children ??= []).push(element);
                else if (isReference(element) || isMultiReference(element)) references.push({ reference: element, container: node, property, index: i });
            }
        } else if (isAstNode(value)) {
            (children ??= []).push(value);
        } else if (isReference(value) || isMultiReference(value)) {
            references.push({ reference: value, container: node, property });
        }
    }
    if (children) for (const child of children) visit(child, nodes, references);
}
