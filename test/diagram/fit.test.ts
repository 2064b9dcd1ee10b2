/**
 * chooseView: the direction and box width at which a theory opens whole and readable in the panel, checked
 * against real layouts and the drawing renderSvg makes (title, vision and legend included).
 */
import ElkModule from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { DRAWING_MARGIN, chooseView, narrowerView, layoutDiagram, readableZoom, renderSvg, toDiagramGraph, type DiagramView } from 'toc-diagram';
import type { TheoryJson } from 'toc-language/model';
import { EXAMPLES, exampleFiles, theoryOf } from './support/load.js';

const ELK = ElkModule as unknown as typeof ElkModule.default;
const elk = new ELK();

const viewOf = (t: TheoryJson, w: number, h: number, direction: 'auto' | 'right' | 'down' = 'auto', details = false) =>
    chooseView(w, h, boxWidth => toDiagramGraph(t, { details, boxWidth }), direction);

async function drawing(t: TheoryJson, view: DiagramView): Promise<{ width: number; height: number }> {
    const l = await layoutDiagram(toDiagramGraph(t, { boxWidth: view.boxWidth }), elk, { direction: view.direction });
    const [, width, height] = /width="(\d+(?:\.\d+)?)" height="(\d+(?:\.\d+)?)"/.exec(renderSvg(l, { theme: 'light' }))!.map(Number);
    return { width: width!, height: height! };
}

/** As the preview opens: the estimated view, then narrower boxes while the real drawing does not fit. */
async function opened(t: TheoryJson, w: number, h: number): Promise<{ view: DiagramView; width: number; height: number }> {
    let view = viewOf(t, w, h);
    for (;;) {
        const d = await drawing(t, view);
        const next = narrowerView(view, d, w, h, DRAWING_MARGIN);
        if (!next) {
            // On screen at the readable zoom, without the margins (the preview centres those away).
            const k = readableZoom(false);
            return { view, width: (d.width - 2 * DRAWING_MARGIN) * k, height: (d.height - 2 * DRAWING_MARGIN) * k };
        }
        view = next;
    }
}

// The side panel beside the editor in VS Code: at 1600x1000, at 1280x800, and the 750x800.
const PANELS = [[750, 800], [625, 780], [465, 660]] as const;

describe('chooseView', () => {
    it.each(exampleFiles())('opens %s whole at a readable zoom in a side panel at 1600, at 1280 and 750 px wide', async file => {
        const t = await theoryOf(file);
        for (const [w, h] of PANELS) {
            const { view, ...s } = await opened(t, w, h);
            expect(s.width, `${w}×${h} ${JSON.stringify(view)}`).toBeLessThanOrEqual(w);
            expect(s.height, `${w}×${h} ${JSON.stringify(view)}`).toBeLessThanOrEqual(h);
        }
    });

    it('keeps the usual boxes where they fit, and narrows them only as far as needed', async () => {
        const t = await theoryOf(path.join(EXAMPLES, 'zorgzame-buurt.toc'));
        expect(viewOf(t, 750, 800).boxWidth).toBeUndefined();
        const mid = viewOf(t, 625, 780).boxWidth!;
        const narrow = viewOf(t, 465, 660).boxWidth!;
        expect(mid).toBeLessThan(176);
        expect(narrow).toBeLessThan(mid);
    });

    it('follows a direction the user chose', async () => {
        const t = await theoryOf(path.join(EXAMPLES, 'zorgzame-buurt.toc'));
        expect(viewOf(t, 465, 660, 'down').direction).toBe('down');
        expect(viewOf(t, 465, 660, 'right').direction).toBe('right');
    });

    it('never narrows detailed boxes, nor a theory that fits nowhere (it opens readable at the top left)', async () => {
        const t = await theoryOf(path.join(EXAMPLES, 'zorgzame-buurt.toc'));
        expect(viewOf(t, 465, 660, 'auto', true).boxWidth).toBeUndefined();
        expect(viewOf(t, 120, 120).boxWidth).toBeUndefined();
    });
});
