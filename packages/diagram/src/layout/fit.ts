/**
 * How the preview draws a theory so it opens readable and whole: the direction, and in a narrow panel
 * narrower compact boxes (long words hyphenated). Decided before any layout, from estimated sizes
 * (direction.ts), when the picture is fitted: at open, for a new file, after a resize. Never per keystroke,
 * so typing moves nothing for it.
 */
import type { DiagramGraph, Direction } from '../graph/diagram-graph.js';
import type { TextMeasurer } from '../text/measure.js';
import { chooseDirection, estimateDirections } from './direction.js';
import { COMPACT_KIND_LINE, COMPACT_PAD_Y, LABEL_LINE, readableZoom } from './metrics.js';
import { chromeHeight } from '../render/svg.js';
import { diagramMessages } from '../messages.js';
import { DefaultTextMeasurer } from '../text/measure.js';
import { layoutNodeContent } from './node-content.js';

export interface DiagramView {
    direction: Direction;
    /** Compact box width for toDiagramGraph; undefined: the usual width. */
    boxWidth?: number;
    /** At most this many boxes a column, a taller one wrapped into sub-columns; undefined: no wrapping. */
    columnLimit?: number;
    /**
     * The theory may fit the panel whole in this view or a narrower one. Unset for a theory of more than WRAP_UP_TO
     * boxes that fits in none by the estimate (it opens readable at the top left): narrowerView then tries nothing
     * narrower, since every further layout of a big theory costs seconds and shows no more of it (measured: a
     * 300-box theory was laid out six times before its first picture, ending at the narrowest boxes).
     */
    whole?: boolean;
}

/** Narrower boxes, tried in order when the usual ones do not fit: still two short words a line. */
export const NARROW_BOX_WIDTHS = [152, 134, 118, 104, 96] as const;
/**
 * When narrower boxes are not enough (one column of more than about 15 boxes): columns wrapped at these many
 * boxes, each tried with every box width. Only for a theory a panel can show whole (up to WRAP_UP_TO boxes):
 * a bigger one opens readable at the top left, its columns as written.
 */
export const COLUMN_LIMITS = [14, 12, 10, 9, 8, 7, 6] as const;
export const WRAP_UP_TO = 60;

/** The views tried, in order: the usual one, narrower boxes, then wrapped columns with each width. */
function viewSteps(boxes: number): Omit<DiagramView, 'direction'>[] {
    const widths = [undefined, ...NARROW_BOX_WIDTHS];
    const limits = boxes <= WRAP_UP_TO ? [undefined, ...COLUMN_LIMITS] : [undefined];
    return limits.flatMap(columnLimit => widths.map(boxWidth => ({
        ...(boxWidth === undefined ? {} : { boxWidth }),
        ...(columnLimit === undefined ? {} : { columnLimit }),
    })));
}
/**
 * What the estimate of the boxes and columns leaves out: in width, the room ELK gives arrows that bend between
 * columns (measured up to 26 px on the examples). In height title, vision and legend are measured (chromeHeight,
 * as the preview draws them: with the remarks in the legend). The drawing's margins are not counted: the
 * preview centres a drawing that is a margin too wide (Viewport.fit), so the boxes stay inside.
 */
const SLACK_WIDTH = 32;

/** The whole picture's estimated size in one direction: boxes and columns (direction.ts), arrows' room, title and legend. */
function pictureEstimate(panelWidth: number, panelHeight: number, graph: DiagramGraph, direction: Direction, measure: TextMeasurer): { width: number; height: number } {
    const e = estimateDirections(panelWidth, panelHeight, graph, measure).find(d => d.direction === direction)!;
    const msg = diagramMessages(graph.lang);
    const nodes = graph.nodes.map(node => ({ node, x: 0, y: 0, content: layoutNodeContent(node, msg, measure, graph.details, graph.boxWidth) }));
    const width = e.width + SLACK_WIDTH;
    return { width, height: e.height + chromeHeight(graph, nodes, width, { issues: true, measurer: measure }) };
}

/**
 * The widest boxes (and, for 'auto', the direction) at which the whole theory fits the panel with every
 * label readable (readableZoom). When nothing fits: up to WRAP_UP_TO boxes, the view whose estimate comes
 * closest (narrowerView may still find one that fits once the first layout shows the estimate's error);
 * a bigger theory, the usual boxes in the direction that shows the most. The preview then opens readable
 * at the top left.
 */
export function chooseView(panelWidth: number, panelHeight: number, graphFor: (boxWidth?: number, columnLimit?: number) => DiagramGraph,
    direction: Direction | 'auto', measure?: TextMeasurer): DiagramView {
    const usual = graphFor(undefined, undefined);
    // Up to WRAP_UP_TO boxes the layouts after the first may still find a view that fits (the estimate errs both ways).
    const fallback = (): DiagramView => ({
        direction: direction === 'auto' ? chooseDirection(panelWidth, panelHeight, usual, measure) : direction,
        ...(usual.nodes.length <= WRAP_UP_TO && !usual.details ? { whole: true } : {}),
    });
    if (usual.details || usual.nodes.length === 0 || panelWidth <= 0 || panelHeight <= 0) return fallback();
    const zoom = readableZoom(false);
    if (fitsNowhere(usual.nodes.length, panelWidth / zoom, panelHeight / zoom)) return fallback();
    const m = measure ?? new DefaultTextMeasurer();
    const wanted: Direction[] = direction === 'auto' ? ['right', 'down'] : [direction];
    let closest: { view: DiagramView; over: number } | undefined;
    for (const step of viewSteps(usual.nodes.length)) {
        const graph = step.boxWidth === undefined && step.columnLimit === undefined ? usual : graphFor(step.boxWidth, step.columnLimit);
        // 'right' first: the way the method draws a theory.
        for (const d of wanted) {
            const e = pictureEstimate(panelWidth, panelHeight, graph, d, m);
            const over = overPanel(e.width, e.height, panelWidth, panelHeight, zoom);
            if (over <= 1) return { direction: d, ...step, whole: true };
            if (!closest || over < closest.over) closest = { view: { direction: d, ...step, whole: true }, over };
        }
    }
    // Up to WRAP_UP_TO boxes, the view expected to come closest: narrowerView would get there after a first
    // layout in the usual view, a layout of up to a second that no one sees (measured: 30 to 60 boxes in a
    // 465 px panel were all laid out twice).
    return closest && usual.nodes.length <= WRAP_UP_TO ? closest.view : fallback();
}

/** How many times too large for the panel a drawing is at the zoom (1 or less: it fits). */
function overPanel(width: number, height: number, panelWidth: number, panelHeight: number, zoom: number): number {
    return Math.max(width * zoom / panelWidth, height * zoom / panelHeight);
}

/**
 * The boxes alone, each as narrow and low as a compact box gets, cover more than the panel shows at the readable
 * zoom: no view fits, and the estimates of every step (a few milliseconds per 100 boxes each) are skipped.
 */
function fitsNowhere(boxes: number, width: number, height: number): boolean {
    const least = Math.min(...NARROW_BOX_WIDTHS) * (2 * COMPACT_PAD_Y + COMPACT_KIND_LINE + LABEL_LINE);
    return boxes * least > width * height;
}

/** Relayouts with a narrower view at open, at most: a panel nothing fits then opens without more delay. */
export const MAX_NARROWINGS = 6;

/**
 * After the layout: the estimate errs (ELK spreads a column for its arrows, a header or legend takes more or less
 * room). When the drawing (renderSvg's size) does not fit the panel at the readable zoom, the first later view in
 * the order chooseView tries (narrower boxes, then wrapped columns), in the same direction or, for 'auto', the
 * other one, whose estimate fits once corrected by this layout's error (real size over estimate, each way); undefined when the drawing fits,
 * else the later view expected to come closest, when closer than this one; undefined when the drawing fits, when
 * none is expected to come closer, or when the theory was not estimated to fit in any view (`whole` unset).
 * Each call moves on in that order, so a loop ends. Skipping the views that cannot fit keeps the layouts at
 * open few (one step at a time, a 40-box theory needed up to 12, more than the preview's MAX_NARROWINGS).
 */
export function narrowerView(view: DiagramView, drawing: { width: number; height: number }, panelWidth: number, panelHeight: number, margin: number,
    graphFor: (boxWidth?: number, columnLimit?: number) => DiagramGraph, direction: Direction | 'auto', measure?: TextMeasurer): DiagramView | undefined {
    if (!view.whole) return undefined;
    const zoom = readableZoom(false);
    const real = { width: drawing.width - 2 * margin, height: drawing.height - 2 * margin };
    if (real.width * zoom <= panelWidth && real.height * zoom <= panelHeight) return undefined;
    const m = measure ?? new DefaultTextMeasurer();
    const estimate = (step: Omit<DiagramView, 'direction'>, d: Direction) => pictureEstimate(panelWidth, panelHeight, graphFor(step.boxWidth, step.columnLimit), d, m);
    const now = estimate(view, view.direction);
    const error = { width: real.width / now.width, height: real.height / now.height };
    const steps = viewSteps(graphFor(undefined, undefined).nodes.length);
    const at = steps.findIndex(s => s.boxWidth === view.boxWidth && s.columnLimit === view.columnLimit);
    if (at < 0) return undefined;
    const wanted: Direction[] = direction === 'auto' ? [view.direction, view.direction === 'right' ? 'down' : 'right'] : [view.direction];
    const over = (w: number, h: number) => overPanel(w, h, panelWidth, panelHeight, zoom);
    let best: { view: DiagramView; over: number } | undefined;
    for (const step of steps.slice(at + 1)) {
        for (const d of wanted) {
            const e = estimate(step, d);
            const o = over(e.width * error.width, e.height * error.height);
            if (o <= 1) return { direction: d, ...step, whole: true };
            if (!best || o < best.over) best = { view: { direction: d, ...step, whole: true }, over: o };
        }
    }
    // None expected to fit (the error of one view carries over to another only roughly): the closest, if closer than this one.
    return best && best.over < over(real.width, real.height) ? best.view : undefined;
}
