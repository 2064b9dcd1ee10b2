/**
 * Arranges what goes inside each box (kind line, name, description, owner, result cards) and so fixes
 * the box's size before layout. Everything is measured with the TextMeasurer; nothing needs a DOM.
 */
import type { IssueJson } from 'toc-language/model';
import type { DiagramNode, IndicatorCard, ResultCard } from '../graph/diagram-graph.js';
import type { DiagramMessages } from '../messages.js';
import { wrapAndClamp, wrapText, type TextMeasurer, type TextStyle } from '../text/measure.js';
import * as M from './metrics.js';

export interface TextLine {
    x: number;
    /** Baseline. */
    y: number;
    text: string;
    /** CSS class: the colour role (toc-kind-label, toc-name, toc-desc, toc-meta, toc-status-met, …). */
    cls: string;
    style: TextStyle;
    anchor?: 'middle' | 'end';
}

export interface Pill {
    x: number;
    y: number;
    width: number;
    height: number;
    cls: string;
    text: TextLine;
    title: string;
}

export interface CardContent {
    id: string;
    kind: 'result' | 'indicator';
    x: number;
    y: number;
    width: number;
    height: number;
    /** Relative to the card. */
    texts: TextLine[];
    /** Traffic light, relative to the card. */
    dot?: { cx: number; cy: number; r: number; cls: string };
    title: string;
    children: CardContent[];
}

/** A result's status light on a compact box. */
export interface Light {
    /** The result's id: a click on the light reveals the result in the text. */
    id: string;
    cx: number;
    cy: number;
    r: number;
    /** toc-dot toc-dot-met | -not-met | -not-measured */
    cls: string;
    title: string;
}

export interface NodeContent {
    width: number;
    height: number;
    /** Relative to the box. */
    texts: TextLine[];
    pills: Pill[];
    /** The checks' count of remarks: drawn only where the remarks can be read (RenderOptions.issues). */
    badge?: Pill;
    /** Compact boxes: one light per result, in text order. */
    lights: Light[];
    cards: CardContent[];
    /** Where the results start (a thin divider is drawn there). */
    dividerY?: number;
    /** Hover text: kind and name, full description, owner, partners (and on a compact box its results). */
    title: string;
    /** Read by screen readers. */
    ariaLabel: string;
}

export function layoutNodeContent(node: DiagramNode, msg: DiagramMessages, measure: TextMeasurer, details = false, boxWidth?: number): NodeContent {
    return details ? detailedContent(node, msg, measure) : compactContent(node, msg, measure, boxWidth);
}

/** Kind, label, horizon and a light per result; everything else is in the hover (and in details mode). */
function compactContent(node: DiagramNode, msg: DiagramMessages, measure: TextMeasurer, boxWidth?: number): NodeContent {
    // Wider for a long word ("Gezinsondersteuning"): a word cut in two reads worse than a wider box; in a
    // narrow panel (boxWidth) a hyphenated word reads better than a box outside the panel.
    const longest = Math.max(0, ...node.label.split(' ').map(w => measure.width(w, M.LABEL_FONT)));
    const width = boxWidth ?? Math.min(M.COMPACT_MAX_WIDTH, Math.max(M.COMPACT_WIDTH, Math.ceil(longest) + 2 * M.COMPACT_PAD_X));
    const inner = width - 2 * M.COMPACT_PAD_X;
    const texts: TextLine[] = [];
    const pills: Pill[] = [];
    const lights: Light[] = [];
    let y = M.COMPACT_PAD_Y;
    const mid = y + M.COMPACT_KIND_LINE / 2;

    // Kind line: the kind on the left; on the right the lights, the horizon and (in the preview) the badge.
    let right = width - M.COMPACT_PAD_X;
    const badge = node.issues.length > 0 ? issueBadge(node.issues, right, mid - M.BADGE_SIZE / 2, msg, measure) : undefined;
    if (badge) right = badge.x - 4;
    if (node.horizonLabel) {
        const pill = horizonPill(node, right, mid - M.COMPACT_PILL_HEIGHT / 2, M.COMPACT_PILL_FONT, M.COMPACT_PILL_HEIGHT, msg, measure);
        pills.push(pill);
        right = pill.x - 5;
    }
    const shown = node.results.slice(0, node.results.length > M.MAX_LIGHTS ? M.MAX_LIGHTS - 1 : M.MAX_LIGHTS);
    const more = node.results.length - shown.length;
    if (more > 0) {
        const label = `+${more}`;
        const w = Math.ceil(measure.width(label, M.COMPACT_KIND_FONT));
        texts.push({ x: right, y: y + M.baseline(M.COMPACT_KIND_LINE, M.COMPACT_KIND_FONT.size), text: label, cls: 'toc-meta', style: M.COMPACT_KIND_FONT, anchor: 'end' });
        right -= w + 4;
    }
    for (const r of [...shown].reverse()) {
        lights.unshift({ id: r.id, cx: right - M.LIGHT_RADIUS, cy: mid, r: M.LIGHT_RADIUS, cls: `toc-dot toc-dot-${r.state}`, title: resultLine(r, msg) });
        right -= M.LIGHT_STEP;
    }
    // A kind word cut to "AC…" says nothing: in a narrow box it is left out (the colour and the legend tell the kind).
    const kindWord = msg.kind[node.kind].toUpperCase();
    if (measure.width(kindWord, M.COMPACT_KIND_FONT) <= right - M.COMPACT_PAD_X - 2) {
        texts.push({ x: M.COMPACT_PAD_X, y: y + M.baseline(M.COMPACT_KIND_LINE, M.COMPACT_KIND_FONT.size), text: kindWord, cls: 'toc-kind-label', style: M.COMPACT_KIND_FONT });
    }
    y += M.COMPACT_KIND_LINE + 2;

    for (const line of wrapAndClamp(node.label, inner, M.LABEL_MAX_LINES, M.LABEL_FONT, measure).lines) {
        texts.push({ x: M.COMPACT_PAD_X, y: y + M.baseline(M.LABEL_LINE, M.LABEL_FONT.size), text: line, cls: 'toc-name', style: M.LABEL_FONT });
        y += M.LABEL_LINE;
    }
    if (node.external) {
        // Under the label: on the kind line the file name would be cut to "uit…".
        const from = wrapAndClamp(msg.importedFrom(node.external), inner, 1, M.META_FONT, measure).lines[0] ?? '';
        texts.push({ x: M.COMPACT_PAD_X, y: y + M.baseline(M.META_LINE, M.META_FONT.size), text: from, cls: 'toc-meta', style: M.META_FONT });
        y += M.META_LINE;
    }
    y += M.COMPACT_PAD_Y;
    const results = node.results.map(r => `• ${resultLine(r, msg)}`);
    return { width, height: Math.ceil(y), texts, pills, badge, lights, cards: [], title: hoverText(node, msg, results), ariaLabel: ariaLabel(node, msg) };
}

function kindText(node: DiagramNode, msg: DiagramMessages): string {
    const kind = msg.kind[node.kind].toUpperCase();
    return node.external ? `${kind} · ${msg.importedFrom(node.external)}` : kind;
}

function horizonPill(node: DiagramNode, right: number, top: number, font: TextStyle, height: number, msg: DiagramMessages, measure: TextMeasurer): Pill {
    const label = node.horizonLabel!;
    const w = Math.ceil(measure.width(label, font)) + 10;
    const x = right - w;
    const title = node.horizon ? `${label}: ${msg.horizon[node.horizon]}` : label;
    return {
        x, y: top, width: w, height, cls: 'toc-horizon', title,
        text: { x: x + w / 2, y: top + M.baseline(height, font.size), text: label, cls: 'toc-horizon-text', style: font, anchor: 'middle' },
    };
}

/** "Resultaat (gehaald): Aanwezigheid: 30% van de gezinnen is aanwezig. · Norm ≥ 30% · gemeten 34% (2026-09)" */
function resultLine(r: ResultCard, msg: DiagramMessages): string {
    return [
        `${msg.kind.result} (${msg.status[r.state]})${r.fullText ? `: ${r.fullText}` : ''}`,
        r.normText ? `${msg.norm} ${r.normText}` : msg.noNorm,
        r.latestText ? `${msg.measured} ${r.latestText}` : undefined,
    ].filter(Boolean).join(' · ');
}

function hoverText(node: DiagramNode, msg: DiagramMessages, extra: string[] = []): string {
    return [
        `${msg.kind[node.kind]}: ${node.name}`,
        node.description,
        metaText(node, msg),
        node.external ? msg.importedFrom(node.external) : undefined,
        ...extra,
        ...node.issues.map(i => `⚠ ${i.message}`),
    ].filter(Boolean).join('\n');
}

function ariaLabel(node: DiagramNode, msg: DiagramMessages): string {
    return `${msg.kind[node.kind]} ${node.label}${node.description ? `: ${node.description}` : ''}`;
}

/** The box with everything: description, owner and partners, and a card per result. */
function detailedContent(node: DiagramNode, msg: DiagramMessages, measure: TextMeasurer): NodeContent {
    const width = M.NODE_WIDTH[node.kind];
    const inner = width - 2 * M.PAD;
    const texts: TextLine[] = [];
    const pills: Pill[] = [];
    let y = M.PAD;

    // Kind line, with the horizon pill and the issue badge on the right.
    let right = width - M.PAD;
    const badge = node.issues.length > 0 ? issueBadge(node.issues, right, y - 1, msg, measure) : undefined;
    if (badge) right = badge.x - 6;
    if (node.horizonLabel) {
        const pill = horizonPill(node, right, y - 1, M.PILL_FONT, M.PILL_HEIGHT, msg, measure);
        pills.push(pill);
        right = pill.x - 6;
    }
    const kindLine = wrapAndClamp(kindText(node, msg), right - M.PAD, 1, M.KIND_FONT, measure).lines[0] ?? '';
    texts.push({ x: M.PAD, y: y + M.baseline(M.KIND_LINE, M.KIND_FONT.size), text: kindLine, cls: 'toc-kind-label', style: M.KIND_FONT });
    y += Math.max(M.KIND_LINE, M.PILL_HEIGHT) + 4;

    // The label: never shortened.
    for (const line of wrapText(node.label, inner, M.NAME_FONT, measure)) {
        texts.push({ x: M.PAD, y: y + M.baseline(M.NAME_LINE, M.NAME_FONT.size), text: line, cls: 'toc-name', style: M.NAME_FONT });
        y += M.NAME_LINE;
    }
    if (node.description) {
        y += 3;
        const { lines } = wrapAndClamp(node.description, inner, M.DESC_MAX_LINES, M.DESC_FONT, measure);
        for (const line of lines) {
            texts.push({ x: M.PAD, y: y + M.baseline(M.DESC_LINE, M.DESC_FONT.size), text: line, cls: 'toc-desc', style: M.DESC_FONT });
            y += M.DESC_LINE;
        }
    }
    const meta = metaText(node, msg);
    if (meta) {
        y += 4;
        for (const line of wrapAndClamp(meta, inner, 2, M.META_FONT, measure).lines) {
            texts.push({ x: M.PAD, y: y + M.baseline(M.META_LINE, M.META_FONT.size), text: line, cls: 'toc-meta', style: M.META_FONT });
            y += M.META_LINE;
        }
    }

    let dividerY: number | undefined;
    const cards: CardContent[] = [];
    if (node.results.length > 0) {
        y += 8;
        dividerY = y;
        y += 8;
        for (const r of node.results) {
            const card = resultCard(r, M.PAD, y, inner, msg, measure);
            cards.push(card);
            y += card.height + M.CARD_GAP;
        }
        y -= M.CARD_GAP;
    }
    y += M.PAD;

    return { width, height: Math.ceil(y), texts, pills, badge, lights: [], cards, dividerY, title: hoverText(node, msg), ariaLabel: ariaLabel(node, msg) };
}

function metaText(node: DiagramNode, msg: DiagramMessages): string | undefined {
    const parts: string[] = [];
    if (node.owner) parts.push(`${msg.owner}: ${node.owner}`);
    if (node.partners.length) parts.push(`${msg.partners}: ${node.partners.join(', ')}`);
    return parts.length ? parts.join(' · ') : undefined;
}

const SEVERITY_ORDER: IssueJson['severity'][] = ['error', 'warning', 'info', 'hint'];

function issueBadge(issues: IssueJson[], right: number, top: number, msg: DiagramMessages, measure: TextMeasurer): Pill {
    const worst = SEVERITY_ORDER.find(s => issues.some(i => i.severity === s)) ?? 'hint';
    const label = String(issues.length);
    const w = Math.max(M.BADGE_SIZE, Math.ceil(measure.width(label, M.BADGE_FONT)) + 10);
    const x = right - w;
    return {
        x, y: top, width: w, height: M.BADGE_SIZE, cls: `toc-badge toc-badge-${worst}`,
        title: `${msg.issues(issues.length)}:\n${issues.map(i => `• ${i.message}`).join('\n')}`,
        text: { x: x + w / 2, y: top + M.baseline(M.BADGE_SIZE, M.BADGE_FONT.size), text: label, cls: 'toc-badge-text', style: M.BADGE_FONT, anchor: 'middle' },
    };
}

function resultCard(r: ResultCard, x: number, y: number, width: number, msg: DiagramMessages, measure: TextMeasurer): CardContent {
    const inner = width - 2 * M.CARD_PAD;
    const texts: TextLine[] = [];
    let cy = M.CARD_PAD;
    // Status line: traffic light and the state in words (colour is never the only signal).
    const dot = { cx: M.CARD_PAD + 5, cy: cy + M.STATUS_LINE / 2, r: 5, cls: `toc-dot toc-dot-${r.state}` };
    const statusX = M.CARD_PAD + 15;
    const status = `${msg.kind.result.toUpperCase()} · ${msg.status[r.state]}`;
    texts.push({ x: statusX, y: cy + M.baseline(M.STATUS_LINE, M.STATUS_FONT.size), text: wrapAndClamp(status, inner - 15, 1, M.STATUS_FONT, measure).lines[0] ?? '', cls: `toc-status toc-status-${r.state}`, style: M.STATUS_FONT });
    cy += M.STATUS_LINE + 3;
    if (r.text) {
        for (const line of wrapAndClamp(r.text, inner, M.RESULT_MAX_LINES, M.RESULT_FONT, measure).lines) {
            texts.push({ x: M.CARD_PAD, y: cy + M.baseline(M.RESULT_LINE, M.RESULT_FONT.size), text: line, cls: 'toc-result-text', style: M.RESULT_FONT });
            cy += M.RESULT_LINE;
        }
    }
    const norm = r.normText
        ? `${msg.norm} ${r.normText}${r.latestText ? ` · ${msg.measured} ${r.latestText}` : ''}`
        : `${msg.noNorm}${r.latestText ? ` · ${msg.measured} ${r.latestText}` : ''}`;
    for (const line of wrapAndClamp(norm, inner, 2, M.NORM_FONT, measure).lines) {
        texts.push({ x: M.CARD_PAD, y: cy + M.baseline(M.NORM_LINE, M.NORM_FONT.size), text: line, cls: r.normText ? 'toc-norm' : 'toc-norm toc-missing', style: M.NORM_FONT });
        cy += M.NORM_LINE;
    }
    const children: CardContent[] = [];
    for (const ind of r.indicators) {
        cy += 4;
        const card = indicatorCard(ind, M.CARD_PAD, cy, inner, msg, measure);
        children.push(card);
        cy += card.height;
    }
    cy += M.CARD_PAD;
    const title = [
        `${msg.kind.result} (${msg.status[r.state]})`,
        r.fullText,
        r.normText ? `${msg.norm} ${r.normText}` : msg.noNorm,
        r.latestText ? `${msg.measured} ${r.latestText}` : undefined,
    ].filter(Boolean).join('\n');
    return { id: r.id, kind: 'result', x, y, width, height: Math.ceil(cy), texts, dot, title, children };
}

function indicatorCard(ind: IndicatorCard, x: number, y: number, width: number, msg: DiagramMessages, measure: TextMeasurer): CardContent {
    const pad = 6;
    const inner = width - 2 * pad - 8;
    const texts: TextLine[] = [];
    let cy = 4;
    const body = ind.text || msg.kind.indicator;
    const withValue = ind.latestText ? `${body} · ${ind.latestText}` : body;
    for (const line of wrapAndClamp(withValue, inner, M.INDICATOR_MAX_LINES, M.INDICATOR_FONT, measure).lines) {
        texts.push({ x: pad + 8, y: cy + M.baseline(M.INDICATOR_LINE, M.INDICATOR_FONT.size), text: line, cls: 'toc-indicator-text', style: M.INDICATOR_FONT });
        cy += M.INDICATOR_LINE;
    }
    cy += 4;
    const title = [`${msg.kind.indicator}`, ind.fullText, ind.latestText ? `${msg.measured} ${ind.latestText}` : undefined].filter(Boolean).join('\n');
    return { id: ind.id, kind: 'indicator', x, y, width, height: Math.ceil(cy), texts, title, children: [] };
}
