/**
 * Where completion may start reading the text. Langium finds what may come at the cursor by parsing
 * the whole text from the start of the document up to the cursor, up to three times per request: at
 * 1,000 elements that is most of a completion's time. Every top-level element begins in the same
 * parser state (the loop over the theory's elements), so when everything before an element parsed
 * without errors, parsing from that element's first keyword finds the same features.
 */
import { isCompositeCstNode, type LangiumDocument } from 'langium';
import { firstLeaf } from '../parser/cst-leaves.js';

/** Top-level nodes a parse may start at: the elements and the measurements written outside them. */
const TOP_LEVEL = new Set(['Challenge', 'Goal', 'Subgoal', 'Action', 'TopMeasurement']);

/**
 * The offset of the top-level element that holds `offset` (or the last one before it), if the parse
 * may start there: it begins before the cursor, its keyword ends at or before it, and the text before
 * it has no syntax error. Otherwise 0: from the start of the document.
 */
export function completionParseStart(document: LangiumDocument, offset: number): number {
    const { value: root, parserErrors, lexerErrors } = document.parseResult;
    const cst = root.$cstNode;
    if (!cst || !isCompositeCstNode(cst)) return 0;
    let firstError = Infinity;
    // An error at the end of the text comes with Chevrotain's end-of-file token, at offset -1 (or NaN).
    for (const e of parserErrors) if (e.token.startOffset >= 0) firstError = Math.min(firstError, e.token.startOffset);
    for (const e of lexerErrors) firstError = Math.min(firstError, e.offset);
    let start = 0;
    for (const child of cst.content) {
        if (!isCompositeCstNode(child)) continue;
        const at = child.offset;
        if (at >= offset || at > firstError) break;
        if (!TOP_LEVEL.has(child.astNode.$type)) continue;
        if (firstLeaf(child).end <= offset) start = at;
    }
    return start;
}
