/** The first and last token under a CST node (hidden ones included), for positions at an element's edges. */
import { isCompositeCstNode, type CstNode } from 'langium';

export function firstLeaf(node: CstNode): CstNode {
    while (isCompositeCstNode(node) && node.content.length > 0) node = node.content[0];
    return node;
}

export function lastLeaf(node: CstNode): CstNode {
    while (isCompositeCstNode(node) && node.content.length > 0) node = node.content[node.content.length - 1];
    return node;
}
