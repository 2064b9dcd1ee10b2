/** Which element the cursor is on, so the preview can highlight it. Pure: no `vscode` import, unit-testable. */
import type { ElementJson, PositionJson, RangeJson, TheoryJson } from 'toc-language/model';

function before(a: PositionJson, b: PositionJson): boolean {
    return a.line < b.line || (a.line === b.line && a.character <= b.character);
}

export function rangeHolds(range: RangeJson, pos: PositionJson): boolean {
    return before(range.start, pos) && before(pos, range.end);
}

function lines(r: RangeJson): number {
    return r.end.line - r.start.line;
}

/**
 * The innermost element whose text holds the cursor: on a `norm` or `indicator` line, the action (or goal) the
 * result belongs to; inside a subgoal written in a goal, the subgoal. A model without extents (an older server)
 * falls back to the element whose name is on the cursor's line. Elements from imported files never match.
 */
export function elementAt(model: TheoryJson, pos: PositionJson): ElementJson | undefined {
    const own = model.elements.filter(e => !e.external);
    const enclosing = own.filter(e => e.extent && rangeHolds(e.extent, pos));
    if (enclosing.length) return enclosing.reduce((a, b) => (lines(b.extent!) <= lines(a.extent!) ? b : a));
    return own.find(e => rangeHolds(e.range, pos)) ?? own.find(e => e.range.start.line === pos.line);
}
