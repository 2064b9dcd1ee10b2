/**
 * Which reading direction shows a theory largest in a panel of a given shape. Before any layout:
 * the boxes are sized, put in their columns (as prepareLayout does), and the drawing's size is
 * estimated both ways: columns side by side ('right') or stacked ('down'). 'down' wins only when its
 * drawing needs clearly (10%) less shrinking: 'right' is the way the method draws a theory.
 *
 * Why not simply "down in a tall panel": a theory with 12 actions laid out downwards puts them in
 * one row, twelve boxes wide, whatever the panel's shape.
 */
import type { DiagramGraph, Direction } from '../graph/diagram-graph.js';
import { diagramMessages } from '../messages.js';
import { DefaultTextMeasurer, type TextMeasurer } from '../text/measure.js';
import { columnsOf, layerGaps, wrapColumns } from './elk-layout.js';
import { layoutNodeContent } from './node-content.js';

export interface DrawingEstimate {
    direction: Direction;
    width: number;
    height: number;
    /** The zoom at which the drawing fits the panel. */
    scale: number;
}

/** The estimated drawing size and fitting zoom for both directions, best first. */
export function estimateDirections(panelWidth: number, panelHeight: number, graph: DiagramGraph, measure: TextMeasurer = new DefaultTextMeasurer()): DrawingEstimate[] {
    const msg = diagramMessages(graph.lang);
    const wrapped = wrapColumns(graph, columnsOf(graph), graph.columnLimit);
    const gaps = layerGaps(graph.details);
    const cols = new Map<number, { width: number; height: number }[]>();
    const put = (at: number, box: { width: number; height: number }) => {
        if (!cols.has(at)) cols.set(at, []);
        cols.get(at)!.push(box);
    };
    for (const n of graph.nodes) {
        const c = layoutNodeContent(n, msg, measure, graph.details, graph.boxWidth);
        put(wrapped.layer.get(n.id) ?? 0, { width: c.width, height: c.height });
    }
    // A junction takes a gap in its column, as a box of no size.
    for (const j of wrapped.junctions) put(j.layer, { width: 0, height: 0 });
    const layers = [...cols.values()];
    const between = Math.max(0, layers.length - 1) * gaps.layers;
    const along = (boxes: { width: number; height: number }[], side: 'width' | 'height') =>
        boxes.reduce((s, b) => s + b[side], 0) + Math.max(0, boxes.length - 1) * gaps.node;
    const across = (side: 'width' | 'height') => layers.reduce((s, l) => s + Math.max(...l.map(b => b[side])), 0);
    const right = { width: across('width') + between, height: Math.max(0, ...layers.map(l => along(l, 'height'))) };
    const down = { width: Math.max(0, ...layers.map(l => along(l, 'width'))), height: across('height') + between };
    // Never above 1: a drawing that fits at its own size either way is not enlarged, and then 'right' wins.
    const fit = (d: { width: number; height: number }) => Math.min(1, panelWidth / Math.max(1, d.width), panelHeight / Math.max(1, d.height));
    const estimates: DrawingEstimate[] = [
        { direction: 'right', ...right, scale: fit(right) },
        { direction: 'down', ...down, scale: fit(down) },
    ];
    return estimates.sort((a, b) => b.scale - a.scale);
}

const PREFER_RIGHT = 1.1;

/** 'right' or 'down': the direction that shows this theory largest in a panel of this size (in px). */
export function chooseDirection(panelWidth: number, panelHeight: number, graph: DiagramGraph, measure?: TextMeasurer): Direction {
    if (graph.nodes.length === 0 || panelWidth <= 0 || panelHeight <= 0) return 'right';
    // estimateDirections returns both directions.
    const estimates = estimateDirections(panelWidth, panelHeight, graph, measure);
    const [right, down] = ['right', 'down'].map(d => estimates.find(e => e.direction === d)!.scale);
    return down! > right! * PREFER_RIGHT ? 'down' : 'right';
}
