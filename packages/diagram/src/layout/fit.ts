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
 * What the estimate leaves out: in width, the room ELK gives arrows that bend between columns (measured up
 * to 26 px on the examples); in height, title, vision and legend. The drawing's margins are not counted:
 * the preview centres a drawing that is a margin too wide (Viewport.fit), so the boxes stay inside.
 */
const SLACK_WIDTH = 32;
const SLACK_HEIGHT = 200;

/**
 * The widest boxes (and, for 'auto', the direction) at which the whole theory fits the panel with every
 * label readable (readableZoom). When nothing fits (a big theory), the usual boxes in the direction that
 * shows the most: the preview then opens readable at the top left.
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
    const fits = (e: { width: number; height: number }) =>
        (e.width + SLACK_WIDTH) * zoom <= panelWidth && (e.height + SLACK_HEIGHT) * zoom <= panelHeight;
    const wanted: Direction[] = direction === 'auto' ? ['right', 'down'] : [direction];
    for (const step of viewSteps(usual.nodes.length)) {
        const graph = step.boxWidth === undefined && step.columnLimit === undefined ? usual : graphFor(step.boxWidth, step.columnLimit);
        const estimates = estimateDirections(panelWidth, panelHeight, graph, measure);
        // 'right' first: the way the method draws a theory.
        const fitting = wanted.find(d => fits(estimates.find(e => e.direction === d)!));
        if (fitting) return { direction: fitting, ...step, whole: true };
    }
    return fallback();
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
 * After the layout: the estimate can fall short (ELK spreads a row for its arrows, mostly downwards). When
 * the drawing (renderSvg's size) does not fit the panel at the readable zoom, the next view in the order
 * chooseView tries (narrower boxes, then wrapped columns) in the same direction; undefined when it fits or
 * nothing is left, or when the theory was not estimated to fit in any view (`whole` unset). Each call moves on in
 * that order, so a loop ends. `boxes`: the theory's box count.
 */
export function narrowerView(view: DiagramView, drawing: { width: number; height: number }, panelWidth: number, panelHeight: number, margin: number,
    boxes = 0): DiagramView | undefined {
    if (!view.whole) return undefined;
    const zoom = readableZoom(false);
    const fits = (drawing.width - 2 * margin) * zoom <= panelWidth && (drawing.height - 2 * margin) * zoom <= panelHeight;
    if (fits) return undefined;
    const steps = viewSteps(boxes);
    const at = steps.findIndex(s => s.boxWidth === view.boxWidth && s.columnLimit === view.columnLimit);
    const next = at < 0 ? undefined : steps[at + 1];
    return next === undefined ? undefined : { direction: view.direction, ...next, whole: true };
}
