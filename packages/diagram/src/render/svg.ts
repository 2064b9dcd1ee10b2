/** LayoutedDiagram -> a standalone SVG string. Text is escaped; markup is never built from user text. */
import type { ElementKindJson } from 'toc-language/model';
import type { CardContent, Pill, TextLine } from '../layout/node-content.js';
import { LOOSE_CAPTION, type LayoutedDiagram, type PlacedEdge, type PlacedNode, type Point } from '../layout/elk-layout.js';
import { RADIUS, baseline } from '../layout/metrics.js';
import { diagramMessages, type DiagramMessages } from '../messages.js';
import { DefaultTextMeasurer, FONT_FAMILY, wrapAndClamp, type TextMeasurer, type TextStyle } from '../text/measure.js';
import { escapeTitle, escapeXml } from 'toc-language/plain';
import { themeCss, type ThemeName } from './themes.js';

export interface RenderOptions {
    theme?: ThemeName;
    /** Put the theme's <style> in the SVG (default true). The preview sets false: its stylesheet holds the rules. */
    embedStyle?: boolean;
    /** Make nodes focusable (tabindex, role) for keyboard use in the preview. */
    interactive?: boolean;
    /** Draw the title, vision and legend above the diagram (default true). */
    header?: boolean;
    /**
     * Draw the checks' count of remarks on each box (default false). The preview sets it, where a hover
     * reads them; a file for a funder leaves them out.
     */
    issues?: boolean;
    /**
     * The preview shows a card for the hovered box (compact boxes), its remarks included: leave out the box's own
     * <title> tooltips (box, lights, horizon, remarks badge), so one thing shows on hover. The box keeps its
     * aria-label for screen readers.
     */
    cardOnHover?: boolean;
    measurer?: TextMeasurer;
}

/** Around the drawing, on every side. */
export const DRAWING_MARGIN = 24;
const MARGIN = DRAWING_MARGIN;
/** Title, vision and legend are never wrapped narrower than this, however small the drawing. */
const MIN_TEXT_WIDTH = 360;
const MONO_FAMILY = "'Cascadia Mono', Consolas, Menlo, 'DejaVu Sans Mono', 'Liberation Mono', monospace";
/** Widest common monospace advance (DejaVu Sans Mono is 0.602 em), with room to spare. */
const MONO_EM = 0.64;
const TITLE_FONT: TextStyle = { size: 20, bold: true };
const VISION_FONT: TextStyle = { size: 13 };
/** As large as a box's label: the legend is read at the same zoom. */
const LEGEND_FONT: TextStyle = { size: 13 };
const PILL_FONT: TextStyle = { size: 9.5, bold: true };
const LOOSE_FONT: TextStyle = { size: 13, bold: true };
/** Between the drawing and the legend under it. */
const LEGEND_GAP = 24;
const KINDS: ElementKindJson[] = ['action', 'subgoal', 'goal', 'challenge'];

const n = (x: number) => String(Math.round(x * 10) / 10);

export function renderSvg(layouted: LayoutedDiagram, options: RenderOptions = {}): string {
    const theme = options.theme ?? 'light';
    const measure = options.measurer ?? new DefaultTextMeasurer();
    const msg = diagramMessages(layouted.graph.lang);
    const empty = layouted.nodes.length === 0;

    const body: string[] = [];
    let width: number;
    let height: number;
    if (empty) {
        const card = emptyState(msg, measure);
        width = card.width + 2 * MARGIN;
        height = card.height + 2 * MARGIN;
        body.push(`<g class="toc-empty" transform="translate(${MARGIN},${MARGIN})">${card.svg}</g>`);
    } else {
        // Title, vision and legend wrap to the drawing, down to a narrow panel's width (layout/fit.ts).
        const minWidth = Math.max(layouted.width, MIN_TEXT_WIDTH);
        const issues = options.issues ?? false;
        // Title and vision above, the legend under the drawing: what is drawn never moves when a legend item comes or goes.
        const show = options.header !== false;
        const header = show ? renderHeader(layouted, minWidth, measure) : { svg: '', height: 0 };
        const legend = show ? renderLegend(layouted, minWidth, msg, measure, issues) : { svg: '', height: 0 };
        width = Math.max(layouted.width, show ? minWidth : 0) + 2 * MARGIN;
        const legendGap = legend.height ? LEGEND_GAP : 0;
        height = header.height + layouted.height + legendGap + legend.height + 2 * MARGIN;
        if (header.svg) body.push(`<g class="toc-header" transform="translate(${MARGIN},${MARGIN})">${header.svg}</g>`);
        const edges = layouted.edges.map(renderEdge).join('');
        const nodes = layouted.nodes.map(p => renderNode(p, msg, options.interactive ?? false, issues, options.cardOnHover ?? false)).join('');
        const loose = layouted.loose
            ? text({ x: layouted.loose.x, y: layouted.loose.y + baseline(LOOSE_CAPTION, LOOSE_FONT.size), text: msg.notConnected, cls: 'toc-loose-caption', style: LOOSE_FONT })
            : '';
        body.push(`<g class="toc-graph" transform="translate(${MARGIN},${MARGIN + header.height})">${loose}<g class="toc-edges">${edges}</g><g class="toc-nodes">${nodes}</g></g>`);
        if (legend.svg) body.push(`<g class="toc-legend" transform="translate(${MARGIN},${MARGIN + header.height + layouted.height + legendGap})">${legend.svg}</g>`);
    }
    width = Math.ceil(width);
    height = Math.ceil(height);
    const label = layouted.graph.title ?? msg.legend;
    const style = options.embedStyle === false ? '' : `<style>${themeCss(theme)}</style>`;
    return `<svg xmlns="http://www.w3.org/2000/svg" class="toc-diagram toc-theme-${theme}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT_FAMILY)}" role="img" aria-label="${escapeXml(label)}">`
        + style
        + `<rect class="toc-bg" x="0" y="0" width="${width}" height="${height}"/>`
        + body.join('')
        + '</svg>';
}

/**
 * The height renderSvg adds to a drawing `width` wide: title and vision above, the legend under it (margins not
 * counted). layout/fit.ts estimates a whole picture with it; `nodes` need only their content (positions unused).
 */
export function chromeHeight(graph: LayoutedDiagram['graph'], nodes: PlacedNode[], width: number, options: { issues?: boolean; measurer?: TextMeasurer } = {}): number {
    const measure = options.measurer ?? new DefaultTextMeasurer();
    const l: LayoutedDiagram = { graph, direction: 'right', width, height: 0, nodes, edges: graph.edges.map(edge => ({ edge, points: [] })) };
    const minWidth = Math.max(width, MIN_TEXT_WIDTH);
    const legend = renderLegend(l, minWidth, diagramMessages(graph.lang), measure, options.issues ?? false).height;
    return renderHeader(l, minWidth, measure).height + (legend ? LEGEND_GAP + legend : 0);
}

function text(t: TextLine, dx = 0, dy = 0): string {
    const anchor = t.anchor ? ` text-anchor="${t.anchor}"` : '';
    const weight = t.style.bold ? ' font-weight="700"' : '';
    return `<text class="${t.cls}" x="${n(t.x + dx)}" y="${n(t.y + dy)}" font-size="${t.style.size}"${weight}${anchor}>${escapeXml(t.text)}</text>`;
}

function renderNode(p: PlacedNode, msg: DiagramMessages, interactive: boolean, issues: boolean, cardOnHover: boolean): string {
    const { node, content } = p;
    const cls = `toc-node toc-${node.kind}${node.external ? ' toc-external' : ''}`;
    const focus = interactive ? ` tabindex="0" role="button" aria-label="${escapeXml(content.ariaLabel)}"` : '';
    const tooltip = (t: string) => cardOnHover ? '' : `<title>${escapeTitle(t)}</title>`;
    const parts: string[] = [];
    parts.push(tooltip(content.title));
    parts.push(`<rect class="toc-box" x="0" y="0" width="${content.width}" height="${content.height}" rx="${RADIUS}" ry="${RADIUS}"/>`);
    for (const t of content.texts) parts.push(text(t));
    for (const pill of content.pills) parts.push(renderPill(pill, tooltip(pill.title)));
    if (issues && content.badge) parts.push(renderPill(content.badge, tooltip(content.badge.title)));
    for (const l of content.lights) parts.push(`<g class="toc-light" data-toc-id="${escapeXml(l.id)}" data-toc-kind="result">${tooltip(l.title)}<circle class="${l.cls}" cx="${n(l.cx)}" cy="${n(l.cy)}" r="${l.r}"/></g>`);
    if (content.dividerY !== undefined) {
        parts.push(`<line class="toc-divider" x1="12" y1="${n(content.dividerY)}" x2="${content.width - 12}" y2="${n(content.dividerY)}"/>`);
    }
    for (const card of content.cards) parts.push(renderCard(card, msg, interactive));
    return `<g class="${cls}" data-toc-id="${escapeXml(node.id)}" data-toc-kind="${node.kind}" transform="translate(${n(p.x)},${n(p.y)})"${focus}>${parts.join('')}</g>`;
}

function renderPill(p: Pill, tooltip = `<title>${escapeTitle(p.title)}</title>`): string {
    const r = p.height / 2;
    return `<g class="${p.cls.split(' ')[0]}-pill">${tooltip}`
        + `<rect class="${p.cls}" x="${n(p.x)}" y="${n(p.y)}" width="${n(p.width)}" height="${n(p.height)}" rx="${r}" ry="${r}"/>`
        + text(p.text) + '</g>';
}

function renderCard(c: CardContent, msg: DiagramMessages, interactive: boolean): string {
    const parts: string[] = [`<title>${escapeTitle(c.title)}</title>`];
    if (c.kind === 'result') {
        parts.push(`<rect class="toc-box toc-card" x="0" y="0" width="${c.width}" height="${c.height}" rx="7" ry="7"/>`);
    } else {
        parts.push(`<rect class="toc-box toc-indicator-box" x="0" y="0" width="${c.width}" height="${c.height}" rx="4" ry="4"/>`);
        parts.push(`<rect class="toc-indicator-mark" x="6" y="${n(c.height / 2 - 4)}" width="3" height="8" rx="1" ry="1"/>`);
    }
    if (c.dot) parts.push(`<circle class="${c.dot.cls}" cx="${n(c.dot.cx)}" cy="${n(c.dot.cy)}" r="${c.dot.r}"/>`);
    for (const t of c.texts) parts.push(text(t));
    for (const child of c.children) parts.push(renderCard(child, msg, interactive));
    const focus = interactive ? ` tabindex="0" role="button" aria-label="${escapeXml(`${msg.kind[c.kind]}: ${c.title}`)}"` : '';
    return `<g class="toc-${c.kind}" data-toc-id="${escapeXml(c.id)}" data-toc-kind="${c.kind}" transform="translate(${n(c.x)},${n(c.y)})"${focus}>${parts.join('')}</g>`;
}

function renderEdge(e: PlacedEdge): string {
    const cls = `toc-edge${e.edge.implicit ? ' toc-implicit' : ''}`;
    const pts = e.points;
    const [prev, end] = pts.slice(-2);
    if (!prev || !end) return ''; // fewer than two points
    const ARROW = 9;
    const len = Math.hypot(end.x - prev.x, end.y - prev.y) || 1;
    const d = { x: (end.x - prev.x) / len, y: (end.y - prev.y) / len };
    const base = { x: end.x - d.x * ARROW, y: end.y - d.y * ARROW };
    const line = [...pts.slice(0, -1), base];
    const arrow = `M${n(end.x)},${n(end.y)}L${n(base.x - d.y * 5)},${n(base.y + d.x * 5)}L${n(base.x + d.y * 5)},${n(base.y - d.x * 5)}Z`;
    return `<g class="${cls}" data-toc-edge="${escapeXml(e.edge.id)}" data-toc-from="${escapeXml(e.edge.from)}" data-toc-to="${escapeXml(e.edge.to)}">`
        + `<path class="toc-edge-line" d="${roundedPath(line)}"/><path class="toc-arrow" d="${arrow}"/></g>`;
}

/** A polyline with softly rounded bends. */
export function roundedPath(pts: Point[]): string {
    const first = pts[0], last = pts[pts.length - 1];
    if (!first || !last) return '';
    let d = `M${n(first.x)},${n(first.y)}`;
    for (let i = 1; i < pts.length - 1; i++) {
        const a = pts[i - 1]!, b = pts[i]!, c = pts[i + 1]!; // 0 < i < pts.length - 1
        const r = Math.min(8, Math.hypot(b.x - a.x, b.y - a.y) / 2, Math.hypot(c.x - b.x, c.y - b.y) / 2);
        const inLen = Math.hypot(b.x - a.x, b.y - a.y) || 1;
        const outLen = Math.hypot(c.x - b.x, c.y - b.y) || 1;
        const p1 = { x: b.x - ((b.x - a.x) / inLen) * r, y: b.y - ((b.y - a.y) / inLen) * r };
        const p2 = { x: b.x + ((c.x - b.x) / outLen) * r, y: b.y + ((c.y - b.y) / outLen) * r };
        d += `L${n(p1.x)},${n(p1.y)}Q${n(b.x)},${n(b.y)} ${n(p2.x)},${n(p2.y)}`;
    }
    return `${d}L${n(last.x)},${n(last.y)}`;
}

/** Title and vision. */
function renderHeader(l: LayoutedDiagram, width: number, measure: TextMeasurer): { svg: string; height: number } {
    const parts: string[] = [];
    let y = 0;
    if (l.graph.title) {
        for (const line of wrapAndClamp(l.graph.title, width, 2, TITLE_FONT, measure).lines) {
            parts.push(text({ x: 0, y: y + baseline(26, TITLE_FONT.size), text: line, cls: 'toc-title', style: TITLE_FONT }));
            y += 26;
        }
        y += 2;
    }
    if (l.graph.vision) {
        const { lines, clipped } = wrapAndClamp(l.graph.vision, Math.min(width, 900), 3, VISION_FONT, measure);
        const title = clipped ? `<title>${escapeTitle(l.graph.vision)}</title>` : '';
        parts.push(`<g class="toc-vision-block">${title}`);
        for (const line of lines) {
            parts.push(text({ x: 0, y: y + baseline(18, VISION_FONT.size), text: line, cls: 'toc-vision', style: VISION_FONT }));
            y += 18;
        }
        parts.push('</g>');
    }
    if (y > 0) y += 14;
    return { svg: parts.join(''), height: Math.ceil(y) };
}

/** A legend of every mark a box can carry, when it occurs; one row, wrapping when the diagram is narrow. */
function renderLegend(l: LayoutedDiagram, width: number, msg: DiagramMessages, measure: TextMeasurer, issues: boolean): { svg: string; height: number } {
    const parts: string[] = [];
    let y = 0;
    const items: { w: number; svg: (x: number, y: number) => string }[] = [];
    const item = (markWidth: number, label: string, mark: (x: number, y: number) => string) => items.push({
        w: markWidth + 6 + measure.width(label, LEGEND_FONT),
        svg: (x, yy) => mark(x, yy) + text({ x: x + markWidth + 6, y: yy + 12.5, text: label, cls: 'toc-legend-text', style: LEGEND_FONT }),
    });
    const present = new Set(l.nodes.map(p => p.node.kind));
    for (const kind of KINDS) {
        if (!present.has(kind)) continue;
        item(16, msg.kind[kind], (x, yy) => `<g class="toc-${kind}"><rect class="toc-box toc-swatch" x="${n(x)}" y="${n(yy + 2)}" width="16" height="12" rx="3" ry="3"/></g>`);
    }
    if (l.nodes.some(p => p.node.external)) {
        item(16, msg.importedLegend, (x, yy) => `<g class="toc-external toc-goal"><rect class="toc-box toc-swatch" x="${n(x)}" y="${n(yy + 2)}" width="16" height="12" rx="3" ry="3"/></g>`);
    }
    const arrow = (implicit: boolean) => (x: number, yy: number) => `<g class="toc-edge${implicit ? ' toc-implicit' : ''}"><path class="toc-edge-line" d="M${n(x)},${n(yy + 8)}L${n(x + 19)},${n(yy + 8)}"/><path class="toc-arrow" d="M${n(x + 28)},${n(yy + 8)}L${n(x + 19)},${n(yy + 3)}L${n(x + 19)},${n(yy + 13)}Z"/></g>`;
    if (l.edges.some(e => !e.edge.implicit)) item(28, msg.contributesTo, arrow(false));
    if (l.edges.some(e => e.edge.implicit)) item(28, msg.contributesByNesting, arrow(true));
    const horizons = new Map<string, { kind: string; title: string }>();
    for (const p of l.nodes) {
        const pill = p.content.pills.find(x => x.cls === 'toc-horizon');
        if (pill && !horizons.has(pill.text.text)) horizons.set(pill.text.text, { kind: p.node.kind, title: pill.title });
    }
    for (const [label, { kind, title }] of horizons) {
        const w = Math.ceil(measure.width(label, PILL_FONT)) + 10;
        const meaning = title.includes(': ') ? title.slice(title.indexOf(': ') + 2) : title;
        item(w, meaning, (x, yy) => `<g class="toc-${kind}">${renderPill({ x, y: yy + 1.5, width: w, height: 13, cls: 'toc-horizon', title, text: { x: x + w / 2, y: yy + 11.5, text: label, cls: 'toc-horizon-text', style: PILL_FONT, anchor: 'middle' } })}</g>`);
    }
    if (l.nodes.some(p => p.node.results.length > 0)) {
        for (const state of ['met', 'not-met', 'not-measured'] as const) {
            item(10, msg.status[state], (x, yy) => `<circle class="toc-legend-${state}" cx="${n(x + 5)}" cy="${n(yy + 8)}" r="4.5"/>`);
        }
    }
    if (issues && l.nodes.some(p => p.content.badge)) {
        item(16, msg.remarksLegend, (x, yy) => `<rect class="toc-badge toc-badge-warning" x="${n(x)}" y="${n(yy)}" width="16" height="16" rx="8" ry="8"/>`
            + text({ x: x + 8, y: yy + 11.6, text: '1', cls: 'toc-badge-text', style: { size: 10, bold: true }, anchor: 'middle' }));
    }
    let x = 0;
    const GAP = 20;
    for (const item of items) {
        if (x > 0 && x + item.w > width) {
            x = 0;
            y += 22;
        }
        parts.push(item.svg(x, y));
        x += item.w + GAP;
    }
    if (items.length === 0) return { svg: '', height: 0 };
    y += 18;
    return { svg: parts.join(''), height: Math.ceil(y) };
}

/** What an empty theory shows: how to write a first challenge, goal and action. */
function emptyState(msg: DiagramMessages, measure: TextMeasurer): { svg: string; width: number; height: number } {
    const PAD = 20;
    const titleFont: TextStyle = { size: 17, bold: true };
    const textFont: TextStyle = { size: 13 };
    const codeSize = 12.5;
    const codeWidth = (s: string) => Array.from(s).length * codeSize * MONO_EM;
    let width = Math.max(measure.width(msg.emptyTitle, titleFont), ...msg.emptySteps.map(s => Math.max(measure.width(s.text, textFont), codeWidth(s.code) + 20)));
    width = Math.ceil(Math.min(width, 760)) + 2 * PAD;
    const parts: string[] = [];
    let y = PAD;
    parts.push(text({ x: PAD, y: y + baseline(24, titleFont.size), text: msg.emptyTitle, cls: 'toc-title', style: titleFont }));
    y += 32;
    for (const step of msg.emptySteps) {
        parts.push(text({ x: PAD, y: y + baseline(18, textFont.size), text: step.text, cls: 'toc-desc', style: textFont }));
        y += 22;
        parts.push(`<rect class="toc-code-box" x="${PAD}" y="${y}" width="${width - 2 * PAD}" height="26" rx="5" ry="5"/>`);
        parts.push(`<text class="toc-code" x="${PAD + 10}" y="${n(y + baseline(26, codeSize))}" font-size="${codeSize}" font-family="${escapeXml(MONO_FAMILY)}">${escapeXml(step.code)}</text>`);
        y += 26 + 14;
    }
    y += PAD - 14;
    return { svg: `<rect class="toc-empty-box" x="0" y="0" width="${width}" height="${y}" rx="10" ry="10"/>${parts.join('')}`, width, height: y };
}
