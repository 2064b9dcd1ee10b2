/**
 * Which way the diagram runs when the user has not chosen: the one at which the whole theory is drawn larger in
 * this panel. A side panel (tall) usually gets left-to-right; a wide, low panel with many actions top-down.
 */
import type { TheoryJson } from 'toc-language/model';
import type { Direction } from 'toc-diagram/core';

/** Rough box and gap sizes; only their ratio matters for the choice. */
const BOX = { width: 252, height: 110, gapAlong: 70, gapAcross: 24 };

export function chooseDirection(panelWidth: number, panelHeight: number, model: TheoryJson): Direction {
    if (!panelWidth || !panelHeight) return 'right';
    const columns = new Map<string, number>();
    for (const e of model.elements) columns.set(e.kind, (columns.get(e.kind) ?? 0) + 1);
    const layers = Math.max(1, columns.size);
    const widest = Math.max(1, ...columns.values());
    const along = (size: number) => layers * size + (layers - 1) * BOX.gapAlong;
    const across = (size: number) => widest * size + (widest - 1) * BOX.gapAcross;
    const scale = (w: number, h: number) => Math.min(panelWidth / w, panelHeight / h);
    const right = scale(along(BOX.width), across(BOX.height));
    const down = scale(across(BOX.width), along(BOX.height));
    return down > right * 1.05 ? 'down' : 'right';
}
