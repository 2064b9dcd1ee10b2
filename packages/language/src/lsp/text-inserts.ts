/** Where and how a quick fix writes new text so that the layout stays canonical and the file still parses. */
import { CstUtils, GrammarUtils, type AstNode, type CstNode, type LangiumDocument } from 'langium';
import type { TextEdit } from 'vscode-languageserver';

export const INDENT = '    ';

/** The indentation of the line an element starts on. */
export function indentOf(document: LangiumDocument, node: AstNode): string {
    const cst = node.$cstNode;
    if (!cst) return '';
    const text = document.textDocument.getText();
    const lineStart = text.lastIndexOf('\n', cst.offset - 1) + 1;
    return /^[ \t]*/.exec(text.slice(lineStart))![0];
}

function insertAt(document: LangiumDocument, offset: number, newText: string): TextEdit {
    const p = document.textDocument.positionAt(offset);
    return { range: { start: p, end: p }, newText };
}

/** The element's own `{` and `}`, if it has a block. */
export function braces(node: AstNode): { open: CstNode; close: CstNode } | undefined {
    const cst = node.$cstNode;
    if (!cst) return undefined;
    const own = CstUtils.streamCst(cst).filter(n => n.astNode === node && !('content' in n && Array.isArray((n as { content?: unknown }).content)));
    const leaves = own.toArray();
    const open = leaves.find(n => n.text === '{');
    const close = [...leaves].reverse().find(n => n.text === '}');
    return open && close && close.offset > open.offset ? { open, close } : undefined;
}

/** The element's own `{` when its block is not closed yet (still being typed). */
function unclosedOpen(node: AstNode): CstNode | undefined {
    const cst = node.$cstNode;
    if (!cst || braces(node)) return undefined;
    return CstUtils.streamCst(cst).find(n => n.astNode === node && n.text === '{' && !('content' in n && Array.isArray((n as { content?: unknown }).content)));
}

/** After `{` (an open but unclosed block): our lines, then whatever followed on that line on a line of its own. */
function afterOpen(document: LangiumDocument, node: AstNode, open: CstNode, lines: string[]): TextEdit {
    const indent = indentOf(document, node);
    const inner = lines.map(l => indent + INDENT + l).join('\n');
    const text = document.textDocument.getText();
    const lineEnd = text.indexOf('\n', open.end);
    const rest = text.slice(open.end, lineEnd < 0 ? text.length : lineEnd);
    const tail = /^\s*$/.test(rest) ? '' : `\n${indent}${INDENT}`;
    return insertAt(document, open.end, `\n${inner}${tail}`);
}

/**
 * Adds lines at the end of an element's block (before its `}`), or gives it a block when it has none.
 * `lines` are relative to the block's indentation.
 */
export function appendToBlock(document: LangiumDocument, node: AstNode, lines: string[]): TextEdit {
    const indent = indentOf(document, node);
    const inner = lines.map(l => indent + INDENT + l).join('\n');
    const text = document.textDocument.getText();
    const b = braces(node);
    const open = unclosedOpen(node);
    if (open) return afterOpen(document, node, open, lines);
    if (!b) return insertAt(document, node.$cstNode!.end, ` {\n${inner}\n${indent}}`);
    const lineStart = text.lastIndexOf('\n', b.close.offset - 1) + 1;
    if (/^[ \t]*$/.test(text.slice(lineStart, b.close.offset))) return insertAt(document, lineStart, inner + '\n');
    return insertAt(document, b.close.offset, `\n${inner}\n${indent}`);
}

/** Adds lines at the start of an element's block (after its `{`), or gives it a block. */
export function prependToBlock(document: LangiumDocument, node: AstNode, lines: string[]): TextEdit {
    const b = braces(node);
    const open = b?.open ?? unclosedOpen(node);
    return open ? afterOpen(document, node, open, lines) : appendToBlock(document, node, lines);
}

/** Inserts text right after a property of the node (e.g. ` KT` after the name). */
export function afterProperty(document: LangiumDocument, node: AstNode, property: string, newText: string): TextEdit | undefined {
    const cst = GrammarUtils.findNodeForProperty(node.$cstNode, property);
    return cst ? insertAt(document, cst.end, newText) : undefined;
}

/**
 * A new top-level element after `after` (at the end of its line when only a comment follows there),
 * before `before`, or at the end of the file.
 */
export function topLevelInsert(document: LangiumDocument, newText: string, after?: AstNode, before?: AstNode): TextEdit {
    const text = document.textDocument.getText();
    if (after?.$cstNode) {
        const end = after.$cstNode.end;
        const lineEnd = text.indexOf('\n', end);
        const rest = text.slice(end, lineEnd < 0 ? text.length : lineEnd).trim();
        const at = rest === '' || rest.startsWith('//') ? (lineEnd < 0 ? text.length : lineEnd) : end;
        return insertAt(document, at, `\n\n${newText}`);
    }
    if (before?.$cstNode) return insertAt(document, before.$cstNode.offset, `${newText}\n\n`);
    const trimmed = text.replace(/\s+$/, '');
    if (trimmed === '') return { range: { start: { line: 0, character: 0 }, end: document.textDocument.positionAt(text.length) }, newText: newText + '\n' };
    return { range: { start: document.textDocument.positionAt(trimmed.length), end: document.textDocument.positionAt(text.length) }, newText: `\n\n${newText}\n` };
}

/** A range to delete, as an edit. */
export function deleteRange(document: LangiumDocument, from: number, to: number): TextEdit {
    return { range: { start: document.textDocument.positionAt(from), end: document.textDocument.positionAt(to) }, newText: '' };
}
