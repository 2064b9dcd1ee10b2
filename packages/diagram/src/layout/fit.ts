/**
 * How the preview draws a theory so it opens readable and whole: the direction, and in a narrow panel
 * narrower compact boxes (long words hyphenated). Decided before any layout, from estimated sizes
 * (direction.ts), when the picture is fitted: at open, for a new file, after a resize. Never per keystroke,
 * so typing moves nothing for it.
 */
import type { DiagramGraph, Direction } from '../graph/diagram-graph.js';
import type { TextMeasurer } from '../text/measure.js';
import { chooseDirection, estimateDirections } from './direction.js';
import { readableZoom } from './metrics.js';

export interface DiagramView {
    direction: Direction;
    /** Compact box width for toDiagramGraph; undefined: the usual width. */
    boxWidth?: number;
}

/** Narrower boxes, tried in order when the usual ones do not fit: still two short words a line. */
export const NARROW_BOX_WIDTHS = [152, 134, 118, 104, 96] as const;
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
export function chooseView(panelWidth: number, panelHeight: number, graphFor: (boxWidth?: number) => DiagramGraph,
    direction: Direction | 'auto', measure?: TextMeasurer): DiagramView {
    const usual = graphFor(undefined);
    const fallback = (): DiagramView => ({ direction: direction === 'auto' ? chooseDirection(panelWidth, panelHeight, usual, measure) : direction });
    if (usual.details || usual.nodes.length === 0 || panelWidth <= 0 || panelHeight <= 0) return fallback();
    const zoom = readableZoom(false);
    const fits = (e: { width: number; height: number }) =>
        (e.width + SLACK_WIDTH) * zoom <= panelWidth && (e.height + SLACK_HEIGHT) * zoom <= panelHeight;
    const wanted: Direction[] = direction === 'auto' ? ['right', 'down'] : [direction];
    for (const boxWidth of [undefined, ...NARROW_BOX_WIDTHS]) {
        const graph = boxWidth === undefined ? usual : graphFor(boxWidth);
        const estimates = estimateDirections(panelWidth, panelHeight, graph, measure);
        // 'right' first: the way the method draws a theory.
        const fitting = wanted.find(d => fits(estimates.find(e => e.direction === d)!));
        if (fitting) return boxWidth === undefined ? { direction: fitting } : { direction: fitting, boxWidth };
    }
    return fallback();
}

/**
 * After the layout: the estimate can fall short (ELK spreads a row for its arrows, mostly downwards). When
 * the drawing (renderSvg's size) does not fit the panel at the readable zoom, the next narrower boxes in the
 * same direction; undefined when it fits or nothing narrower is left. Each call narrows, so a loop ends.
 */
export function narrowerView(view: DiagramView, drawing: { width: number; height: number }, panelWidth: number, panelHeight: number, margin: number): DiagramView | undefined {
    const zoom = readableZoom(false);
    const fits = (drawing.width - 2 * margin) * zoom <= panelWidth && (drawing.height - 2 * margin) * zoom <= panelHeight;
    if (fits) return undefined;
    const next = NARROW_BOX_WIDTHS.find(w => w < (view.boxWidth ?? Number.POSITIVE_INFINITY));
    return next === undefined ? undefined : { direction: view.direction, boxWidth: next };
}
