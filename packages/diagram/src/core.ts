/**
 * Everything of the diagram that needs no ELK instance of its own: safe for the browser bundle
 * (the preview brings its worker-backed ELK). index.ts adds the one-call command-line helper.
 */
export type { DiagramGraph, DiagramNode, DiagramEdge, ResultCard, IndicatorCard, Direction } from './graph/diagram-graph.js';
export { edgeId } from './graph/diagram-graph.js';
export { toDiagramGraph, type DiagramGraphOptions } from './graph/to-diagram-graph.js';
export { readableLabel } from './graph/label.js';
export { readableZoom, MIN_READABLE_PX } from './layout/metrics.js';
export {
    layoutDiagram, prepareLayout, applyElkResult, elkLayoutOptions, warmUpGraph,
    type ElkLike, type LayoutOptionsInput, type LayoutedDiagram, type PlacedNode, type PlacedEdge, type PreparedLayout, type Point,
} from './layout/elk-layout.js';
export { LayoutMemo } from './layout/layout-memo.js';
export { provisionalLayout, PROVISIONAL_ABOVE } from './layout/provisional.js';
export { chooseDirection, estimateDirections, type DrawingEstimate } from './layout/direction.js';
export { chooseView, narrowerView, MAX_NARROWINGS, COLUMN_LIMITS, NARROW_BOX_WIDTHS, type DiagramView } from './layout/fit.js';
export type { NodeContent, CardContent, TextLine, Pill, Light } from './layout/node-content.js';
export { renderSvg, DRAWING_MARGIN, type RenderOptions } from './render/svg.js';
export { themeCss, PALETTES, type ThemeName, type Palette } from './render/themes.js';
export { DefaultTextMeasurer, FONT_FAMILY, wrapText, wrapAndClamp, ellipsize, type TextMeasurer, type TextStyle } from './text/measure.js';
export { diagramMessages, type DiagramMessages, type DiagramKind } from './messages.js';
