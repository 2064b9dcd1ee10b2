/**
 * Diagram graph -> ELK graph -> positions. The ELK instance is the caller's: elk.bundled in-thread
 * for the command line and tests, a Web Worker in the preview (only plain JSON crosses over).
 */
import type { ElkExtendedEdge, ElkNode, LayoutOptions } from 'elkjs/lib/elk-api.js';
import type { ElementKindJson } from 'toc-language/model';
import type { DiagramEdge, DiagramGraph, DiagramNode, Direction } from '../graph/diagram-graph.js';
import { diagramMessages } from '../messages.js';
import { DefaultTextMeasurer, type TextMeasurer } from '../text/measure.js';
import type { LayoutMemo } from './layout-memo.js';
import { layoutNodeContent, type NodeContent } from './node-content.js';

/** The part of an ELK instance we use; satisfied by elkjs's ELK class, in-thread or with a worker. */
export interface ElkLike {
    layout(graph: ElkNode, args?: { layoutOptions?: LayoutOptions }): Promise<ElkNode>;
}

export interface LayoutOptionsInput {
    /** 'right' (default): actions left, challenge right. 'down': actions on top. */
    direction?: Direction;
    measurer?: TextMeasurer;
    /** Reuses the last layout when the boxes, arrows and options are unchanged (see layout-memo.ts). */
    memo?: LayoutMemo;
}

export interface Point { x: number; y: number }

export interface PlacedNode {
    node: DiagramNode;
    x: number;
    y: number;
    content: NodeContent;
}

export interface PlacedEdge {
    edge: DiagramEdge;
    /** Start, bends, end: the arrow points at the last one. */
    points: Point[];
}

export interface LayoutedDiagram {
    graph: DiagramGraph;
    direction: Direction;
    /** Size of the drawing of nodes and edges (without the header). */
    width: number;
    height: number;
    nodes: PlacedNode[];
    edges: PlacedEdge[];
    /** Where the boxes without any arrow start (under the drawing), when there are some: drawn with a caption. */
    loose?: Point;
}

/** The sized, not yet placed diagram: what goes to ELK, and what comes back to be placed. */
export interface PreparedLayout {
    graph: DiagramGraph;
    direction: Direction;
    contents: Map<string, NodeContent>;
    elkGraph: ElkNode;
    /**
     * Boxes without any arrow while others have one (a new action whose target is not typed yet): kept
     * out of ELK and put in a row under the drawing, so they move nothing and nothing moves for them.
     */
    loose: string[];
    /** An arrow from a wrapped sub-column: the ids it passes (box, junctions, box), one ELK edge between each two. */
    routes: Map<string, string[]>;
    /** The column of each box in ELK (sub-columns counted): where the provisional picture puts it (provisional.ts). */
    layers: Map<string, number>;
}

/** Columns from left (or top) to right (or bottom): where each kind may go. */
const RANK: Record<ElementKindJson, number> = { action: 0, subgoal: 1, goal: 2, challenge: 3 };

/** Space between boxes in a column (node) and between columns (layers). */
export function layerGaps(details: boolean): { node: number; layers: number; edgeNode: number } {
    // Compact boxes sit closer: the whole chain of 40 boxes fits a side panel (metrics.ts).
    return details ? { node: 24, layers: 72, edgeNode: 24 } : { node: 10, layers: 32, edgeNode: 14 };
}

/** Options chosen for a readable picture at any size (measured: 1,000 nodes in about a second at thoroughness 1). */
export function elkLayoutOptions(direction: Direction, nodeCount: number, columns: boolean, details = false): LayoutOptions {
    const large = nodeCount > LARGE;
    const gap = layerGaps(details);
    return {
        'elk.algorithm': 'layered',
        'elk.direction': direction === 'down' ? 'DOWN' : 'RIGHT',
        // Orthogonal routing is half the cost of a large layout; an overview of hundreds of nodes reads as well with straight lines.
        // Compact boxes: splines, which need no routing channels between columns, so a new arrow does not widen
        // a gap and shift the columns after it (bench/suites/stability.mjs).
        'elk.edgeRouting': large ? 'POLYLINE' : details ? 'ORTHOGONAL' : 'SPLINES',
        // Keep the text order: a small edit moves little, and the picture reads like the text. Above a few
        // hundred nodes it costs more than it gives (measured in bench/: 0.34 s against 0.15 s at 200 nodes).
        'elk.layered.considerModelOrder.strategy': nodeCount > MODEL_ORDER_UP_TO ? 'NONE' : 'NODES_AND_EDGES',
        ...(large ? { 'elk.layered.crossingMinimization.greedySwitch.type': 'OFF' } : {}),
        'elk.layered.crossingMinimization.strategy': 'LAYER_SWEEP',
        'elk.layered.thoroughness': nodeCount > 400 ? '1' : nodeCount > 150 ? '3' : '7',
        'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
        'elk.layered.nodePlacement.bk.fixedAlignment': 'BALANCED',
        'elk.spacing.nodeNode': String(gap.node),
        'elk.layered.spacing.nodeNodeBetweenLayers': String(gap.layers),
        'elk.spacing.edgeNode': '18',
        'elk.layered.spacing.edgeNodeBetweenLayers': String(gap.edgeNode),
        'elk.spacing.edgeEdge': '10',
        'elk.layered.spacing.edgeEdgeBetweenLayers': '10',
        'elk.spacing.componentComponent': '40',
        'elk.layered.mergeEdges': 'false',
        'elk.padding': '[top=0,left=0,bottom=0,right=0]',
        // Columns by kind come as a layer per node (x or y hints) rather than ELK's partitioning, whose
        // constraint edges between neighbouring columns made the layout quadratic (52 s at 1,000 nodes).
        ...(columns ? { 'elk.layered.layering.strategy': 'INTERACTIVE' } : {}),
    };
}

/** Space above the row of boxes without arrows, and its caption's height. */
const LOOSE_GAP = 28;
export const LOOSE_CAPTION = 22;

/** Above this many nodes the layout trades polish for speed. */
const LARGE = 400;
/** Up to this many nodes the text order is kept in the layout. */
const MODEL_ORDER_UP_TO = 150;
/** Far enough apart that ELK's interactive layering reads each hint as its own layer. */
const COLUMN_STEP = 100_000;

/** Columns: actions, then subgoals by their longest chain of subgoal arrows, then goals, then challenges. */
export function columnsOf(graph: DiagramGraph): Map<string, number> {
    const kind = new Map(graph.nodes.map(n => [n.id, n.kind]));
    const layer = new Map<string, number>();
    for (const n of graph.nodes) if (n.kind === 'subgoal') layer.set(n.id, 1);
    const subgoalArrows = graph.edges.filter(e => kind.get(e.from) === 'subgoal' && kind.get(e.to) === 'subgoal');
    for (let round = 0; round < graph.nodes.length && subgoalArrows.length > 0; round++) {
        let changed = false;
        for (const e of subgoalArrows) {
            const next = layer.get(e.from)! + 1;
            if (layer.get(e.to)! < next) { layer.set(e.to, next); changed = true; }
        }
        if (!changed) break;
    }
    const lastSubgoal = Math.max(1, ...layer.values());
    for (const n of graph.nodes) {
        if (n.kind === 'action') layer.set(n.id, 0);
        if (n.kind === 'goal') layer.set(n.id, lastSubgoal + 1);
        if (n.kind === 'challenge') layer.set(n.id, lastSubgoal + 2);
    }
    return layer;
}

/** A wrapped column: where each box goes, and the junctions its arrows pass through the sub-columns after it. */
export interface WrappedColumns {
    /** Layer of each box (sub-columns counted as layers). */
    layer: Map<string, number>;
    junctions: { id: string; layer: number }[];
    /** Arrow id -> box, junctions, box: for the arrows that leave a sub-column that is not the last. */
    routes: Map<string, string[]>;
}

/**
 * Wraps every column of more than `limit` boxes into sub-columns side by side, row by row in text order (so
 * adding a box at the end moves no other). The arrows of a sub-column cross the sub-columns after it through one junction
 * per target and sub-column, shared by all of them: without it ELK gives each arrow its own slot in every
 * column it crosses, and the wrapped column grew taller than the one it replaced (tried: 34 actions in two sub-columns, 1,060 px).
 */
export function wrapColumns(graph: DiagramGraph, columns: Map<string, number>, limit?: number, skip?: ReadonlySet<string>): WrappedColumns {
    const byColumn = new Map<number, string[]>();
    for (const n of graph.nodes) {
        if (skip?.has(n.id)) continue;
        const c = columns.get(n.id) ?? 0;
        if (!byColumn.has(c)) byColumn.set(c, []);
        byColumn.get(c)!.push(n.id);
    }
    const layer = new Map<string, number>();
    const place = new Map<string, { sub: number; count: number; first: number }>();
    let first = 0;
    for (const c of [...byColumn.keys()].sort((a, b) => a - b)) {
        const ids = byColumn.get(c)!;
        const count = limit !== undefined && limit > 0 && ids.length > limit ? Math.ceil(ids.length / limit) : 1;
        ids.forEach((id, i) => {
            // Row by row, as text wraps: every sub-column then reaches all targets, and they stand side by side.
            const sub = i % count;
            layer.set(id, first + sub);
            place.set(id, { sub, count, first });
        });
        first += count;
    }
    const junctions = new Map<string, number>();
    const routes = new Map<string, string[]>();
    for (const e of graph.edges) {
        const from = place.get(e.from);
        if (!from || from.sub === from.count - 1 || !layer.has(e.to) || layer.get(e.to)! < from.first + from.count) continue;
        const via: string[] = [];
        for (let sub = from.sub + 1; sub < from.count; sub++) {
            const id = `\u0001${e.to}\u0001${from.first + sub}`;
            junctions.set(id, from.first + sub);
            via.push(id);
        }
        routes.set(e.id, [e.from, ...via, e.to]);
    }
    return { layer, junctions: [...junctions].map(([id, at]) => ({ id, layer: at })), routes };
}

/** The ELK edge between two stops of a route. */
const pieceId = (from: string, to: string) => `\u0001${from}\u0002${to}`;

/** The stops of a route two by two. */
function legs(route: string[]): [string, string][] {
    const out: [string, string][] = [];
    route.reduce((from, to) => {
        out.push([from, to]);
        return to;
    });
    return out;
}

/**
 * A small theory's ELK graph (17 boxes in four columns, compact sizes, the options of a first layout). Laid out
 * once when the preview opens, before any model is there, so ELK's code is loaded and compiled by the time the
 * real theory comes (in Node, a 300-box layout: 1.1 s cold, 0.8 s after this warm-up; docs/benchmarks.md, h).
 */
export function warmUpGraph(direction: Direction = 'right'): ElkNode {
    const columns = [8, 5, 3, 1];
    const ids = columns.map((count, layer) => Array.from({ length: count }, (_, i) => `w${layer}-${i}`));
    const children: ElkNode[] = ids.flatMap((column, layer) => column.map(id => ({
        id, width: 150, height: 46, ...(direction === 'down' ? { x: 0, y: layer * COLUMN_STEP } : { x: layer * COLUMN_STEP, y: 0 }),
    })));
    const edges: ElkExtendedEdge[] = [];
    const arrow = (from: string, to: string) => edges.push({ id: `${from}>${to}`, sources: [from], targets: [to] });
    ids.slice(0, -1).forEach((column, layer) => column.forEach((id, i) => {
        const next = ids[layer + 1]!;
        arrow(id, next[i % next.length]!);
        // A few arrows across, so crossing minimisation has work to do.
        if (i % 3 === 0 && next.length > 1) arrow(id, next[(i + 1) % next.length]!);
    }));
    return { id: 'root', layoutOptions: elkLayoutOptions(direction, children.length, true), children, edges };
}

/** Sizes every box and builds the ELK graph (plain JSON, safe to post to a worker). */
export function prepareLayout(graph: DiagramGraph, options: LayoutOptionsInput = {}): PreparedLayout {
    const direction = options.direction ?? 'right';
    const measure = options.measurer ?? new DefaultTextMeasurer();
    const msg = diagramMessages(graph.lang);
    const contents = new Map<string, NodeContent>();
    const rank = new Map(graph.nodes.map(n => [n.id, RANK[n.kind]]));
    // Columns by kind only when every arrow goes forward (a wrong arrow is reported by the checks; ELK then decides).
    const partitioned = graph.edges.every(e => (rank.get(e.from) ?? 0) <= (rank.get(e.to) ?? 0));
    const connected = new Set(graph.edges.flatMap(e => [e.from, e.to]));
    const loose = graph.edges.length > 0 ? graph.nodes.filter(n => !connected.has(n.id)).map(n => n.id) : [];
    const wrapped = partitioned ? wrapColumns(graph, columnsOf(graph), graph.columnLimit, new Set(loose)) : undefined;
    const hint = (layer: number) => wrapped ? (direction === 'down' ? { x: 0, y: layer * COLUMN_STEP } : { x: layer * COLUMN_STEP, y: 0 }) : {};
    for (const n of graph.nodes) contents.set(n.id, layoutNodeContent(n, msg, measure, graph.details, graph.boxWidth));
    const children: ElkNode[] = graph.nodes.filter(n => !loose.includes(n.id)).map(n => {
        const content = contents.get(n.id)!;
        return { id: n.id, width: content.width, height: content.height, ...hint(wrapped?.layer.get(n.id) ?? 0) };
    });
    for (const j of wrapped?.junctions ?? []) children.push({ id: j.id, width: 1, height: 1, ...hint(j.layer) });
    const routes = wrapped?.routes ?? new Map<string, string[]>();
    const edges: ElkExtendedEdge[] = [];
    const pieces = new Set<string>();
    for (const e of graph.edges) {
        const route = routes.get(e.id);
        if (!route) {
            edges.push({ id: e.id, sources: [e.from], targets: [e.to] });
            continue;
        }
        for (const [from, to] of legs(route)) {
            const id = pieceId(from, to);
            if (!pieces.has(id)) edges.push({ id, sources: [from], targets: [to] });
            pieces.add(id);
        }
    }
    const layoutOptions = elkLayoutOptions(direction, children.length, partitioned, graph.details);
    // A wrapped column: boxes stacked close, not each aligned with its arrow (Brandes-Köpf spread 34 actions in
    // three sub-columns over 1,216 px, the simple placement keeps them to 994 px, as estimated).
    // The columns closer too: their arrows meet in junctions and need less room between them.
    if (wrapped && wrapped.junctions.length > 0) {
        Object.assign(layoutOptions, {
            'elk.layered.nodePlacement.strategy': 'SIMPLE',
            'elk.layered.spacing.nodeNodeBetweenLayers': '16',
            'elk.layered.spacing.edgeNodeBetweenLayers': '4',
            'elk.layered.spacing.edgeEdgeBetweenLayers': '2',
            'elk.edgeRouting': 'ORTHOGONAL',
        });
    }
    const elkGraph: ElkNode = { id: 'root', layoutOptions, children, edges };
    // Without columns by kind (a wrong arrow), ELK decides; the provisional picture still puts each kind in its column.
    const layers = wrapped?.layer ?? columnsOf(graph);
    return { graph, direction, contents, elkGraph, loose, routes, layers };
}

/** Reads ELK's answer back into placed nodes and edges. */
export function applyElkResult(prepared: PreparedLayout, result: ElkNode): LayoutedDiagram {
    const byId = new Map((result.children ?? []).map(c => [c.id, c]));
    const nodes: PlacedNode[] = prepared.graph.nodes.map(node => {
        const c = byId.get(node.id);
        return { node, x: c?.x ?? 0, y: c?.y ?? 0, content: prepared.contents.get(node.id)! };
    });
    const edgeById = new Map((result.edges ?? []).map(e => [e.id, e as ElkExtendedEdge]));
    const placed = new Map(nodes.map(n => [n.node.id, n]));
    const edges: PlacedEdge[] = prepared.graph.edges.map(edge => {
        const route = prepared.routes.get(edge.id);
        const sections = route
            ? legs(route).map(([from, to]) => edgeById.get(pieceId(from, to))?.sections?.[0])
            : [edgeById.get(edge.id)?.sections?.[0]];
        const points = sections.every(s => s !== undefined)
            ? sections.flatMap(s => [s.startPoint, ...(s.bendPoints ?? []), s.endPoint]).map(p => ({ x: p.x, y: p.y }))
            : straight(placed.get(edge.from)!, placed.get(edge.to)!, prepared.direction);
        return { edge, points };
    });
    let width = 0;
    let height = 0;
    const loose = new Set(prepared.loose);
    for (const n of nodes) {
        if (loose.has(n.node.id)) continue;
        width = Math.max(width, n.x + n.content.width);
        height = Math.max(height, n.y + n.content.height);
    }
    for (const e of edges) {
        for (const p of e.points) {
            width = Math.max(width, p.x);
            height = Math.max(height, p.y);
        }
    }
    let looseAt: Point | undefined;
    if (loose.size > 0) {
        // A row under the drawing, under a caption, wrapping at the drawing's width (at least three boxes).
        looseAt = { x: 0, y: height + LOOSE_GAP };
        const rowWidth = Math.max(width, 3 * 200);
        let x = 0, y = looseAt.y + LOOSE_CAPTION, rowHeight = 0;
        for (const n of nodes) {
            if (!loose.has(n.node.id)) continue;
            if (x > 0 && x + n.content.width > rowWidth) {
                x = 0;
                y += rowHeight + 10;
                rowHeight = 0;
            }
            n.x = x;
            n.y = y;
            x += n.content.width + 10;
            rowHeight = Math.max(rowHeight, n.content.height);
            width = Math.max(width, n.x + n.content.width);
            height = Math.max(height, n.y + n.content.height);
        }
    }
    return { graph: prepared.graph, direction: prepared.direction, width: Math.ceil(width), height: Math.ceil(height), nodes, edges, loose: looseAt };
}

function straight(a: PlacedNode, b: PlacedNode, direction: Direction): Point[] {
    if (direction === 'down') return [{ x: a.x + a.content.width / 2, y: a.y + a.content.height }, { x: b.x + b.content.width / 2, y: b.y }];
    return [{ x: a.x + a.content.width, y: a.y + a.content.height / 2 }, { x: b.x, y: b.y + b.content.height / 2 }];
}

/** Sizes, lays out with the given ELK instance, and places. */
export async function layoutDiagram(graph: DiagramGraph, elk: ElkLike, options: LayoutOptionsInput = {}): Promise<LayoutedDiagram> {
    const prepared = prepareLayout(graph, options);
    if (prepared.elkGraph.children!.length === 0) return applyElkResult(prepared, { id: 'root', children: [], edges: [] });
    const result = options.memo ? await options.memo.layout(elk, prepared.elkGraph) : await elk.layout(prepared.elkGraph);
    return applyElkResult(prepared, result);
}
