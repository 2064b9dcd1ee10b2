/**
 * Re-parses only the element a keystroke changed. Langium parses the whole text again on every edit;
 * most edits are inside one element's braces (a letter in a description, an arrow's name), so only that
 * element is parsed again (with its own grammar rule) and put in place of the old one. The rest of the
 * tree is kept; the positions after the element are moved by the length the edit added.
 *
 * It only does so when the answer must be the same as a full parse, and otherwise returns undefined
 * (the caller then parses everything):
 * - the element's new text parses without errors, and so did the previous text up to the element
 *   after the changed top-level element and its keyword: errors further on (an element still being
 *   typed lower down) are kept, moved by the edit, since the text from that keyword on lexes and
 *   parses as before (every top-level element starts in the same parser state);
 * - the element, where it stands, is not nested deeper than `maxDepth` blocks;
 * - the change lies inside one element, after its keyword and before its closing `}` (or, without
 *   braces, before its last character): the keyword stays a word of its own, and the element's last
 *   token ends where it did, so the text after it lexes as before; what follows an element in a text
 *   without errors (a keyword or `}`) can never continue it;
 * - the element's new text ends with a token of its own, not a comment (`//` typed on the last line
 *   would hide the rest of that line, beyond the element).
 * test/language/incremental-parse.test.ts compares the two, on edits chosen and random.
 *
 * This reaches into Langium's CST node classes (their position fields), which it does not export as
 * API; the comparison tests are what tell on a Langium update.
 */
import { isCompositeCstNode, isLeafCstNode, type AstNode, type CstNode, type LangiumParser, type ParseResult } from 'langium';
import type { CompositeCstNode } from 'langium';
import { firstLeaf, lastLeaf } from './cst-leaves.js';
import { nestingDepth } from './syntax-errors.js';

/** Elements that are parsed again on their own: each has a grammar rule of the same name. */
const ELEMENT_TYPES: ReadonlySet<string> = new Set(['Challenge', 'Goal', 'Subgoal', 'Action', 'Result', 'Indicator']);

/** Top-level elements whose first token is their keyword. */
const TOP_LEVEL_KEYWORD_TYPES: ReadonlySet<string> = new Set(['Challenge', 'Goal', 'Subgoal', 'Action', 'TopMeasurement']);

/** The position fields of Langium's LeafCstNodeImpl. */
interface LeafFields {
    _offset: number;
    _startLine: number;
    _startColumn: number;
    _endLine: number;
    _endColumn: number;
}

interface MutableComposite extends CompositeCstNode {
    content: CstNode[];
    _rangeCache?: unknown;
}

interface MutableNode extends AstNode {
    $container?: AstNode;
    $containerProperty?: string;
    $containerIndex?: number;
    $cstNode?: CstNode;
}

/** The part of two texts that differs: [start, oldEnd) in the old text became [start, newEnd) in the new. */
export interface TextChange {
    start: number;
    oldEnd: number;
    newEnd: number;
}

export function changedSpan(oldText: string, newText: string): TextChange {
    const min = Math.min(oldText.length, newText.length);
    let start = 0;
    while (start < min && oldText.charCodeAt(start) === newText.charCodeAt(start)) start++;
    let oldEnd = oldText.length, newEnd = newText.length;
    while (oldEnd > start && newEnd > start && oldText.charCodeAt(oldEnd - 1) === newText.charCodeAt(newEnd - 1)) {
        oldEnd--;
        newEnd--;
    }
    return { start, oldEnd, newEnd };
}

/**
 * The new parse result for `newText`, built from `previous` by parsing only the changed element, or
 * undefined when that would not be certain to equal a full parse. The previous tree is reused and
 * changed in place; its root is replaced by a copy, so caches keyed by the root start afresh.
 */
export function reparseChangedElement<T extends AstNode>(
    parser: LangiumParser, previous: ParseResult<T>, newText: string, maxDepth = Infinity,
): ParseResult<T> | undefined {
    const errorsFrom = firstErrorOffset(previous);
    const root = previous.value as MutableNode;
    const rootCst = root.$cstNode as (MutableComposite & { _text: string }) | undefined;
    if (!rootCst || typeof rootCst._text !== 'string') return undefined;
    const oldText = rootCst._text;
    if (oldText === newText) return undefined;
    const change = changedSpan(oldText, newText);
    const element = innermostElement(rootCst, change);
    if (!element) return undefined;

    // An element reached through a rule of alternatives (`elements+=TopElement`) has two CST nodes, one
    // inside the other; the inner one holds its tokens.
    const outerCst = element.$cstNode as MutableComposite;
    let oldCst = outerCst;
    while (oldCst.content.length === 1 && isCompositeCstNode(oldCst.content[0])) oldCst = oldCst.content[0] as MutableComposite;
    if (errorsFrom < Infinity && !errorsComeLater(rootCst, oldCst, errorsFrom)) return undefined;
    const from = oldCst.offset;
    const delta = newText.length - oldText.length;
    const text = newText.substring(from, oldCst.end + delta);
    let ancestors = 0;
    for (let node = element.$container; node?.$container; node = node.$container) ancestors++;
    if (maxDepth < Infinity && ancestors + nestingDepth(text) > maxDepth) return undefined;
    const result = parser.parse(text, { rule: element.$type });
    if (result.lexerErrors.length > 0 || result.parserErrors.length > 0 || (result.lexerReport?.diagnostics.length ?? 0) > 0) return undefined;
    const fresh = result.value as MutableNode;
    const freshCst = fresh.$cstNode as MutableComposite | undefined;
    if (fresh.$type !== element.$type || !freshCst || freshCst.offset !== 0) return undefined;
    const end = lastLeaf(freshCst);
    if (end.hidden || end.end !== text.length) return undefined;

    // The old element's end, to move what follows it.
    const oldLast = lastLeaf(oldCst) as unknown as LeafFields;
    const first = firstLeaf(oldCst) as unknown as LeafFields;
    const oldEndLine = oldLast._endLine, oldEndColumn = oldLast._endColumn;

    // The new element's leaves are counted from the start of its own text: move them to where it stands.
    for (const leaf of leaves(freshCst)) moveLeaf(leaf, from, 0, first._startLine, first._startColumn);
    const newLast = lastLeaf(freshCst) as unknown as LeafFields;
    const lineDelta = newLast._endLine - oldEndLine;
    const columnDelta = newLast._endColumn - oldEndColumn;

    // Everything after the element, in each of its ancestors, moves by the edit.
    let child: CstNode = oldCst;
    let parent = oldCst.container as MutableComposite | undefined;
    while (parent) {
        parent._rangeCache = undefined;
        const content = parent.content;
        for (let i = content.indexOf(child) + 1; i < content.length; i++) {
            const after = content[i];
            if (isLeafCstNode(after)) moveLeaf(after as unknown as LeafFields, delta, oldEndLine, lineDelta, columnDelta);
            else for (const leaf of leaves(after as MutableComposite)) moveLeaf(leaf, delta, oldEndLine, lineDelta, columnDelta);
        }
        child = parent;
        parent = parent.container as MutableComposite | undefined;
    }

    // The errors after the element move with the text they are in.
    const moved = new Set<object>();
    const moveToken = (token: TokenFields | undefined) => {
        if (!token || moved.has(token) || !(token.startOffset >= 0)) return;
        moved.add(token);
        token.startOffset += delta;
        token.endOffset += delta;
        if (token.startLine - 1 === oldEndLine) token.startColumn += columnDelta;
        if (token.endLine - 1 === oldEndLine) token.endColumn += columnDelta;
        token.startLine += lineDelta;
        token.endLine += lineDelta;
    };
    for (const e of previous.parserErrors as unknown as ParserErrorFields[]) {
        moveToken(e.token);
        moveToken(e.previousToken);
        for (const t of e.resyncedTokens ?? []) moveToken(t);
    }
    for (const e of [...previous.lexerErrors, ...(previous.lexerReport?.diagnostics ?? [])]) {
        if (moved.has(e)) continue;
        moved.add(e);
        e.offset += delta;
        if (e.line !== undefined && e.line - 1 === oldEndLine && e.column !== undefined) e.column += columnDelta;
        if (e.line !== undefined) e.line += lineDelta;
    }

    // The old element's CST nodes stay in the tree (their grammar source is the rule call in the
    // parent) and take the new element's children.
    for (const node of freshCst.content) (node as { container?: CstNode }).container = oldCst;
    oldCst.content = freshCst.content;
    // Each node from outerCst down to oldCst is a composite whose first child leads on down.
    for (let node: CstNode = outerCst; ; node = (node as MutableComposite).content[0]!) {
        const fields = node as unknown as { _astNode?: AstNode; _rangeCache?: unknown };
        fields._rangeCache = undefined;
        if (fields._astNode === element) fields._astNode = fresh;
        if (node === oldCst) break;
    }
    fresh.$cstNode = outerCst;

    // A new root, holding the same children, so that caches keyed by the root are not reused.
    const newRoot = { ...root } as MutableNode;
    for (const key of Object.keys(newRoot)) {
        if (key.startsWith('$')) continue;
        const value = (newRoot as unknown as Record<string, unknown>)[key];
        if (Array.isArray(value)) {
            for (const item of value) if (isAst(item)) item.$container = newRoot;
        } else if (isAst(value)) {
            value.$container = newRoot;
        }
    }
    (rootCst as unknown as { astNode: AstNode }).astNode = newRoot;
    rootCst._text = newText;

    // The new element takes the old one's place in its container.
    const container = (element.$container === root ? newRoot : element.$container) as unknown as Record<string, unknown>;
    const property = element.$containerProperty!;
    fresh.$container = container as unknown as AstNode;
    fresh.$containerProperty = property;
    fresh.$containerIndex = element.$containerIndex;
    if (element.$containerIndex === undefined) container[property] = fresh;
    else (container[property] as unknown[])[element.$containerIndex] = fresh;

    return {
        value: newRoot as T, lexerErrors: previous.lexerErrors, parserErrors: previous.parserErrors,
        lexerReport: errorsFrom < Infinity ? previous.lexerReport : result.lexerReport,
    };
}

/** The positions Chevrotain gives a token (lines and columns from 1). */
interface TokenFields {
    startOffset: number;
    endOffset: number;
    startLine: number;
    endLine: number;
    startColumn: number;
    endColumn: number;
}

interface ParserErrorFields {
    token: TokenFields;
    previousToken?: TokenFields;
    resyncedTokens?: TokenFields[];
}

/** Where the first syntax error of a parse stands; Infinity without errors. */
function firstErrorOffset(result: ParseResult): number {
    const all = [...result.lexerErrors, ...(result.lexerReport?.diagnostics ?? [])];
    let first = all.length > 0 ? Math.min(...all.map(e => e.offset)) : Infinity;
    for (const e of result.parserErrors as unknown as ParserErrorFields[]) {
        // An error at the end of the text comes with Chevrotain's end-of-file token (offset -1 or NaN);
        // the token before it says where.
        const at = e.token.startOffset >= 0 ? e.token.startOffset : e.previousToken && e.previousToken.startOffset >= 0 ? e.previousToken.endOffset + 1 : 0;
        first = Math.min(first, at);
    }
    return first;
}

/**
 * Whether the previous parse's errors all come after the keyword of the next top-level element behind
 * the one that holds `cst`: then that keyword ends whatever the edited element becomes, as in a text
 * without errors, and the parse from there on goes as before.
 */
function errorsComeLater(rootCst: CompositeCstNode, cst: CstNode, errorsFrom: number): boolean {
    let top: CstNode = cst;
    while (top.container && top.container !== rootCst) top = top.container;
    const siblings = rootCst.content;
    for (const next of siblings.slice(siblings.indexOf(top) + 1)) {
        if (!isCompositeCstNode(next)) {
            if (next.hidden) continue;
            return false;
        }
        const keyword = firstLeaf(next);
        return TOP_LEVEL_KEYWORD_TYPES.has(next.astNode.$type) && isLeafCstNode(keyword) && keyword.tokenType.name !== 'ID' && keyword.end <= errorsFrom;
    }
    return false;
}

/**
 * The innermost element that holds the change strictly inside: after its first token (the keyword),
 * and before its closing `}` or, without braces, its last character.
 */
function innermostElement(rootCst: CompositeCstNode, change: TextChange): MutableNode | undefined {
    let found: MutableNode | undefined;
    let node: CompositeCstNode = rootCst;
    descend: for (;;) {
        for (const child of node.content) {
            if (!isCompositeCstNode(child)) continue;
            const start = child.offset;
            if (start >= change.start) break;
            const end = child.end;
            if (end < change.oldEnd) continue;
            const ast = (child as unknown as { _astNode?: MutableNode })._astNode;
            if (ast && ast.$cstNode === child && ELEMENT_TYPES.has(ast.$type) && ast.$container) {
                const keyword = firstLeaf(child);
                const last = lastLeaf(child);
                const before = last.text === '}' ? last.offset : last.end - 1;
                if (!last.hidden && change.start > keyword.end && change.oldEnd <= before) found = ast;
            }
            node = child;
            continue descend;
        }
        return found;
    }
}

function isAst(value: unknown): value is MutableNode {
    return typeof value === 'object' && value !== null && typeof (value as AstNode).$type === 'string';
}

function moveLeaf(leaf: LeafFields, offset: number, line: number, lineDelta: number, columnDelta: number): void {
    leaf._offset += offset;
    if (leaf._startLine === line) leaf._startColumn += columnDelta;
    if (leaf._endLine === line) leaf._endColumn += columnDelta;
    leaf._startLine += lineDelta;
    leaf._endLine += lineDelta;
}

/** Every leaf under a node, clearing the cached ranges of the composite nodes on the way. */
function leaves(node: MutableComposite, into: LeafFields[] = []): LeafFields[] {
    node._rangeCache = undefined;
    for (const child of node.content) {
        if (isLeafCstNode(child)) into.push(child as unknown as LeafFields);
        else leaves(child as MutableComposite, into);
    }
    return into;
}
