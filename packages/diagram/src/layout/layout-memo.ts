/**
 * The last layout: reused while only the text inside the boxes changes, and the seed of the next
 * layout when boxes or arrows change, so the picture stays steady while the writer types.
 *
 * Reuse: ELK is deterministic (it runs with a fixed random seed), so the same input graph (ids, box
 * sizes, column hints, arrows and options) gets the same positions back. Typing in a description
 * mostly leaves every box its size, and then the picture is redrawn without laying it out again.
 *
 * Seeding: when the graph changed, every box that stays in its column starts where it was, and a new
 * box (or one that changed column) at the end of its column; ELK then keeps that order
 * (interactive crossing minimisation) and, with `steady: 'interactive'`, those places too (interactive
 * node placement: only overlaps are pushed apart). bench/suites/stability.mjs measures the choice.
 * Without column hints (an arrow against the usual order) there is nothing to seed: a plain layout.
 */
import type { ElkNode, LayoutOptions } from 'elkjs/lib/elk-api.js';
import type { ElkLike } from './elk-layout.js';

/** off: every layout from scratch; order: keep the order in each column; interactive: keep order and places. */
export type Steadiness = 'off' | 'order' | 'interactive';

export interface LayoutMemoOptions {
    steady?: Steadiness;
}

/** What is remembered of the last input: each box's column hint, and the options (direction, spacing) it was laid out with. */
interface LastInput {
    column: Map<string, number>;
    options: string;
}

export class LayoutMemo {
    /** The last input and its answer, for reuse. */
    private key: string | undefined;
    private result: ElkNode | undefined;
    /**
     * The last layout with columns, the seed of the next one. A layout without columns (an arrow against
     * the usual order, often only a moment of half-typed text) does not replace it: the layout after that
     * moment starts from the places before it, not afresh.
     */
    private seedResult: ElkNode | undefined;
    private last: LastInput | undefined;
    /**
     * Every box's last place in its column, kept while the box is away: a box that misses one layout (its
     * arrows unresolved for a moment, or cut and pasted back) returns to its place, not to the end of its column.
     */
    private readonly places = new Map<string, { column: number; order: number }>();
    readonly steady: Steadiness;
    /** How many layouts ran in ELK, how many were answered from the last one, and how many were seeded by it. */
    readonly counts = { laidOut: 0, reused: 0, seeded: 0 };

    constructor(options: LayoutMemoOptions = {}) {
        this.steady = options.steady ?? DEFAULT_STEADINESS;
    }

    /** ELK's answer for `elkGraph`: the last one if its input was the same, or a new layout by `elk`. */
    async layout(elk: ElkLike, elkGraph: ElkNode): Promise<ElkNode> {
        // The key is taken before ELK runs: the in-thread ELK writes its positions into the graph it is given.
        const key = JSON.stringify(elkGraph);
        if (key === this.key && this.result) {
            this.counts.reused++;
            return this.result;
        }
        const axes = axesOf(elkGraph);
        const options = JSON.stringify(elkGraph.layoutOptions ?? {});
        const input = axes ? { column: new Map((elkGraph.children ?? []).map(c => [c.id, c[axes.column] ?? 0])), options } : undefined;
        // Another direction or other box sizes (details switched): the last places mean nothing; start afresh.
        const seedable = this.steady !== 'off' && axes && this.seedResult && this.last?.options === options;
        const seeded = seedable ? seed(elkGraph, this.seedResult!, this.last!, this.places, axes, this.steady) : undefined;
        let result = await elk.layout(seeded ?? elkGraph);
        if (seeded) result = keepColumns(result, this.seedResult!, input!.column, axes!, seeded.layoutOptions?.['elk.edgeRouting']);
        this.key = key;
        this.result = result;
        if (input) {
            this.seedResult = result;
            this.last = input;
            for (const c of result.children ?? []) this.places.set(c.id, { column: input.column.get(c.id) ?? 0, order: c[axes!.order] ?? 0 });
        }
        this.counts.laidOut++;
        if (seeded) this.counts.seeded++;
        return result;
    }

    /** Forget the last layout: the next one starts from scratch (a new file, or "tidy up"). */
    clear(): void {
        this.key = undefined;
        this.result = undefined;
        this.seedResult = undefined;
        this.last = undefined;
        this.places.clear();
    }
}

/** Chosen by bench/suites/stability.mjs (bench/results.md, "Steady while typing"). */
export const DEFAULT_STEADINESS: Steadiness = 'interactive';

interface Axes { column: 'x' | 'y'; order: 'x' | 'y'; size: 'width' | 'height' }

/**
 * ELK sets the gap between two columns after the arrows in it, so one new arrow can widen a gap and
 * shift every column after it (measured: 50-190 px at 200 boxes). The columns that were there before
 * go back to where they were: the drawing is stretched piecewise along the flow, boxes by their
 * column's shift, arrows' points in a gap linearly between its two columns. Only for curved or
 * straight arrows (compact boxes): right-angled ones need the lanes ELK made room for.
 */
function keepColumns(result: ElkNode, previous: ElkNode, column: Map<string, number>, axes: Axes, routing: string | undefined): ElkNode {
    if (routing !== 'SPLINES' && routing !== 'POLYLINE') return result;
    const a = axes.column;
    const span = (children: ElkNode[] | undefined) => {
        const out = new Map<number, { start: number; end: number }>();
        for (const c of children ?? []) {
            const col = column.get(c.id);
            if (col === undefined) continue;
            const start = c[a] ?? 0, end = start + ((a === 'x' ? c.width : c.height) ?? 0);
            const s = out.get(col);
            out.set(col, s ? { start: Math.min(s.start, start), end: Math.max(s.end, end) } : { start, end });
        }
        return out;
    };
    const now = span(result.children);
    const before = span(previous.children);
    // Breakpoints: each column's start and end, now -> before (its width kept), for columns in both.
    const points: Array<[number, number]> = [];
    for (const [col, n] of [...now].sort((p, q) => p[1].start - q[1].start)) {
        const b = before.get(col);
        if (!b) continue;
        points.push([n.start, b.start], [n.end, b.start + (n.end - n.start)]);
    }
    // Each pair of neighbouring breakpoints: [points[i - 1], points[i]].
    const pairs = points.slice(1).map((p, i) => [points[i]!, p] as const);
    // Both sides must keep their order with room between: else leave ELK's answer as it is.
    if (pairs.some(([[n0, o0], [n1, o1]]) => n1 < n0 || o1 < o0)) return result;
    const first = points[0], last = points[points.length - 1];
    if (!first || !last) return result;
    const map = (v: number): number => {
        if (v <= first[0]) return v + first[1] - first[0];
        for (const [[n0, o0], [n1, o1]] of pairs) {
            if (v <= n1) return n1 === n0 ? o1 : o0 + ((v - n0) * (o1 - o0)) / (n1 - n0);
        }
        const [n, o] = last;
        return v + o - n;
    };
    const children = (result.children ?? []).map(c => ({ ...c, [a]: map(c[a] ?? 0) }));
    const point = (p: { x: number; y: number }) => ({ ...p, [a]: map(p[a]) });
    const edges = (result.edges ?? []).map(e => ({
        ...e,
        sections: e.sections?.map(s => ({ ...s, startPoint: point(s.startPoint), endPoint: point(s.endPoint), bendPoints: s.bendPoints?.map(point) })),
    }));
    return { ...result, children, edges };
}

/** Column hints exist only with interactive layering (prepareLayout); their axis follows the direction. */
function axesOf(g: ElkNode): Axes | undefined {
    const o = g.layoutOptions ?? {};
    if (o['elk.layered.layering.strategy'] !== 'INTERACTIVE') return undefined;
    return o['elk.direction'] === 'DOWN' ? { column: 'y', order: 'x', size: 'width' } : { column: 'x', order: 'y', size: 'height' };
}

function seed(g: ElkNode, previous: ElkNode, last: LastInput, places: ReadonlyMap<string, { column: number; order: number }>, axes: Axes, steady: Steadiness): ElkNode {
    const before = new Map((previous.children ?? []).map(c => [c.id, c]));
    const children = (g.children ?? []).map(c => ({ ...c }));
    const end = new Map<number, number>();
    const fresh: ElkNode[] = [];
    for (const c of children) {
        const was = before.get(c.id);
        const column = c[axes.column] ?? 0;
        // In the last layout, in the same column: where it was. Away from the last layout: where it was last seen.
        const order = was ? (last.column.get(c.id) === column ? was[axes.order] ?? 0 : undefined)
            : (places.get(c.id)?.column === column ? places.get(c.id)!.order : undefined);
        if (order === undefined) {
            fresh.push(c);
            continue;
        }
        c[axes.order] = order;
        end.set(column, Math.max(end.get(column) ?? 0, order + (c[axes.size] ?? 0)));
    }
    // New boxes at the end of their column, in text order.
    for (const c of fresh) {
        const column = c[axes.column] ?? 0;
        c[axes.order] = (end.get(column) ?? 0) + 1;
        end.set(column, c[axes.order]! + (c[axes.size] ?? 0));
    }
    const options: LayoutOptions = { ...g.layoutOptions, 'elk.layered.crossingMinimization.semiInteractive': 'true', 'elk.separateConnectedComponents': 'false' };
    if (steady === 'interactive') {
        options['elk.layered.crossingMinimization.strategy'] = 'INTERACTIVE';
        options['elk.layered.nodePlacement.strategy'] = 'INTERACTIVE';
    }
    return { ...g, layoutOptions: options, children };
}
