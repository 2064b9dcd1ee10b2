/**
 * A picture without ELK, for the seconds a big theory's first layout takes (bench/results.md, section g): every
 * box in the column prepareLayout gives it (sub-columns too), stacked from the top, without arrows. In each
 * column, boxes go in the order of what they lead to, so an action stands level with its subgoal's neighbours
 * and the columns read as the chain. A sort per column: milliseconds where ELK takes seconds.
 *
 * The preview shows it only before a file's first picture, for a theory of more than PROVISIONAL_ABOVE boxes,
 * and replaces it when ELK answers; it never stands in for a layout while the writer types.
 */
import type { ElkNode } from 'elkjs/lib/elk-api.js';
import { applyElkResult, layerGaps, type LayoutedDiagram, type PreparedLayout } from './elk-layout.js';

/**
 * Above this many boxes the preview shows the provisional picture first. Below it, ELK in a fresh worker answers
 * in well under a second of CPU (bench/results.md, section g), and a picture that changes its whole
 * arrangement a moment after it appears is worse than waiting that long.
 */
export const PROVISIONAL_ABOVE = 80;

/** Boxes in their columns without ELK: the same sizes, header and legend as the final picture, and no arrows. */
export function provisionalLayout(prepared: PreparedLayout): LayoutedDiagram {
    const loose = new Set(prepared.loose);
    const columns = new Map<number, string[]>();
    for (const n of prepared.graph.nodes) {
        if (loose.has(n.id)) continue;
        const c = prepared.layers.get(n.id) ?? 0;
        if (!columns.has(c)) columns.set(c, []);
        columns.get(c)!.push(n.id);
    }
    const targets = new Map<string, string[]>();
    for (const e of prepared.graph.edges) {
        if (!targets.has(e.from)) targets.set(e.from, []);
        targets.get(e.from)!.push(e.to);
    }
    // From the challenge back: each box after the first of its targets already placed (its place as a share of
    // that column), in text order among equals (sort is stable); a box that leads nowhere yet goes last.
    const share = new Map<string, number>();
    const order = [...columns.keys()].sort((a, b) => a - b);
    for (const c of [...order].reverse()) {
        const ids = columns.get(c)!;
        const key = new Map(ids.map(id => [id, Math.min(...(targets.get(id) ?? []).map(t => share.get(t) ?? Infinity))]));
        ids.sort((a, b) => key.get(a)! - key.get(b)!);
        ids.forEach((id, i) => share.set(id, i / ids.length));
    }
    const gaps = layerGaps(prepared.graph.details);
    const down = prepared.direction === 'down';
    const children: ElkNode[] = [];
    let across = 0;
    for (const c of order) {
        let along = 0;
        let thickness = 0;
        for (const id of columns.get(c)!) {
            const { width, height } = prepared.contents.get(id)!;
            children.push(down ? { id, x: along, y: across } : { id, x: across, y: along });
            along += (down ? width : height) + gaps.node;
            thickness = Math.max(thickness, down ? height : width);
        }
        across += thickness + gaps.layers;
    }
    return { ...applyElkResult(prepared, { id: 'root', children, edges: [] }), edges: [] };
}
