/** The first and last token under a CST node (hidden ones included), for positions at an element's edges. */
import { isCompositeCstNode, type CstNode } from 'langium';

export function firstLeaf(node: CstNode): CstNode {
    for (let child: CstNode | undefined = node; child; child = isCompositeCstNode(node) ? node.content[0] : undefined) node = child;
    return node;
}

export function lastLeaf(node: CstNode): CstNode {
    for (let child: CstNode | undefined = node; child; child = isCompositeCstNode(node) ? node.content[node.content.length - 1] : undefined) node = child;
    return node;
}
