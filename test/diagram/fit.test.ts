/**
 * chooseView: the direction and box width at which a theory opens whole and readable in the panel, checked
 * against real layouts and the drawing renderSvg makes (title, vision and legend included).
 */
import ElkModule from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { DRAWING_MARGIN, MAX_NARROWINGS, chooseView, narrowerView, layoutDiagram, readableZoom, renderSvg, toDiagramGraph, type DiagramView } from 'toc-diagram';
import type { TheoryJson } from 'toc-language/model';
import { EXAMPLES, exampleFiles, theoryOf, theoryOfText } from './support/load.js';
import { shapedText } from './support/shapes.js';
import { generateTheory } from '../../bench/generate.mjs';

const ELK = ElkModule as unknown as typeof ElkModule.default;
const elk = new ELK();

const graphsOf = (t: TheoryJson, details = false) => (boxWidth?: number, columnLimit?: number) => toDiagramGraph(t, { details, boxWidth, columnLimit });
const viewOf = (t: TheoryJson, w: number, h: number, direction: 'auto' | 'right' | 'down' = 'auto', details = false) =>
    chooseView(w, h, graphsOf(t, details), direction);

async function drawing(t: TheoryJson, view: DiagramView): Promise<{ width: number; height: number }> {
    const l = await layoutDiagram(toDiagramGraph(t, { boxWidth: view.boxWidth, columnLimit: view.columnLimit }), elk, { direction: view.direction });
    const [, width, height] = /width="(\d+(?:\.\d+)?)" height="(\d+(?:\.\d+)?)"/.exec(renderSvg(l, { theme: 'light', issues: true }))!.map(Number);
    return { width: width!, height: height! };
}

/** As the preview opens: the estimated view, then narrower boxes while the real drawing does not fit (MAX_NARROWINGS at most). */
async function opened(t: TheoryJson, w: number, h: number): Promise<{ view: DiagramView; width: number; height: number; layouts: number }> {
    let view = viewOf(t, w, h);
    for (let layouts = 1; ; layouts++) {
        const d = await drawing(t, view);
        const next = layouts > MAX_NARROWINGS ? undefined : narrowerView(view, d, w, h, DRAWING_MARGIN, graphsOf(t), 'auto');
        if (!next) {
            // On screen at the readable zoom, without the margins (the preview centres those away).
            const k = readableZoom(false);
            return { view, width: (d.width - 2 * DRAWING_MARGIN) * k, height: (d.height - 2 * DRAWING_MARGIN) * k, layouts };
        }
        view = next;
    }
}

// The side panel beside the editor in VS Code: at 1600x1000, at 1280x800, and the issue's 750x800.
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

    it('lays a theory of 30 to 60 boxes that fits no narrow panel out in the view expected to come closest, not first in the usual one', async () => {
        const layouts: Record<string, number> = {};
        for (const nodes of [30, 40, 50, 60]) {
            const t = await theoryOfText(generateTheory({ nodes, seed: 1 }).text);
            const first = viewOf(t, 465, 660);
            // Nothing fits 465 px at the readable zoom: narrower boxes, wrapped, from the first layout on.
            expect(first.boxWidth, `${nodes} boxes`).toBeDefined();
            expect(first.whole, `${nodes} boxes`).toBe(true);
            layouts[nodes] = (await opened(t, 465, 660)).layouts;
        }
        // The usual view first cost every one of them a second layout, seen by no one.
        expect(Object.values(layouts).reduce((a, b) => a + b), JSON.stringify(layouts)).toBeLessThanOrEqual(5);
    });

    it('lays a theory that fits in no view out once: no narrower boxes after its first layout', async () => {
        const t = await theoryOfText(generateTheory({ nodes: 300, seed: 1 }).text);
        const view = viewOf(t, 750, 800);
        expect(view).toEqual({ direction: 'right' });
        const { width, height } = await drawing(t, view);
        expect(narrowerView(view, { width, height }, 750, 800, DRAWING_MARGIN, graphsOf(t), 'auto')).toBeUndefined();
    });
});


/** Badly shaped theories of 40 boxes: one long column, or two. */
const BAD_SHAPES = [[1, 2, 3, 34], [2, 4, 10, 24], [1, 20, 10, 9], [3, 6, 12, 19], [1, 1, 1, 37], [1, 1, 0, 38], [1, 2, 30, 7], [1, 3, 18, 18]] as const;

describe('chooseView for 40 boxes in a long column', () => {
    it.each(BAD_SHAPES)('opens %i challenge(s), %i goals, %i subgoals, %i actions whole and readable in 750×800, as the preview does (at most its relayouts)', async (...shape) => {
        const t = await theoryOfText(shapedText(shape));
        expect(t.elements.length).toBe(40);
        const { view, width, height, layouts } = await opened(t, 750, 800);
        // Within the preview's relayouts at open: it draws what it has after MAX_NARROWINGS.
        expect(layouts).toBeLessThanOrEqual(MAX_NARROWINGS + 1);
        expect(width, JSON.stringify(view)).toBeLessThanOrEqual(750);
        expect(height, JSON.stringify(view)).toBeLessThanOrEqual(800);
    });

    it('wraps only where narrower boxes are not enough: no example is wrapped', async () => {
        for (const file of exampleFiles()) {
            const t = await theoryOf(file);
            for (const [w, h] of PANELS) expect(viewOf(t, w, h).columnLimit, `${file} ${w}×${h}`).toBeUndefined();
        }
    });

    it('keeps every arrow of a wrapped column: each leaves its box and ends at its target', async () => {
        const t = await theoryOfText(shapedText([1, 2, 3, 34]));
        const graph = toDiagramGraph(t, { columnLimit: 12 });
        const l = await layoutDiagram(graph, elk, { direction: 'right' });
        const at = new Map(l.nodes.map(n => [n.node.id, n]));
        expect(new Set(l.nodes.filter(n => n.node.kind === 'action').map(n => n.x)).size).toBe(3);
        for (const e of l.edges) {
            const from = at.get(e.edge.from)!, to = at.get(e.edge.to)!;
            const [start, end] = [e.points.at(0)!, e.points.at(-1)!];
            expect(start.x, e.edge.id).toBeCloseTo(from.x + from.content.width, 0);
            expect(end.x, e.edge.id).toBeCloseTo(to.x, 0);
            expect(end.y, e.edge.id).toBeGreaterThanOrEqual(to.y);
            expect(end.y, e.edge.id).toBeLessThanOrEqual(to.y + to.content.height);
        }
    });
});
