/** Which element the cursor is on, so the preview can highlight it. Pure: no `vscode` import, unit-testable. */
import type { ElementJson, PositionJson, RangeJson, TheoryJson } from 'toc-language/model';

function before(a: PositionJson, b: PositionJson): boolean {
    return a.line < b.line || (a.line === b.line && a.character <= b.character);
}

export function rangeHolds(range: RangeJson, pos: PositionJson): boolean {
    return before(range.start, pos) && before(pos, range.end);
}

/**
 * The element whose name range holds the cursor; failing that, the element whose name is on the cursor's line
 * (the cursor is on its keyword or description). Elements from imported files never match.
 */
export function elementAt(model: TheoryJson, pos: PositionJson): ElementJson | undefined {
    const own = model.elements.filter(e => !e.external);
    return own.find(e => rangeHolds(e.range, pos)) ?? own.find(e => e.range.start.line === pos.line);
}
