/**
 * A small chart of an indicator's measurements over time, against its norm and deadline, with the
 * straight line the `norm-at-risk` rule projects: in the editor's hover (as an image) and in the HTML
 * plan and the diagram's details card. A standalone SVG string, no DOM and no fonts of its own beyond a
 * generic sans-serif. Pure (it and what it imports carry no parser), so the preview's webview may import
 * it (dependency-cruiser `trend-chart-stays-pure`).
 */
import type { Lang } from '../i18n/language.js';
import type { IndicatorJson, ResultJson } from '../model/model-json.js';
import { formatNumber, isRealDate, type Operator } from '../model/quantity.js';
import { dayNumber, deadlineDay, linearTrend, type TrendPoint } from '../model/trend.js';
import { escapeXml } from '../plain/escape.js';

export interface TrendChartInput {
    /** Measurements with a real date, in any order. */
    points: { date: string; value: number }[];
    norm?: { operator: Operator; value: number; percent: boolean; deadline?: string; text: string };
    /** Unit after a number ("%", "gezinnen"), for the axis. */
    unit?: string;
    lang: Lang;
    /** What the picture shows, for screen readers. */
    label: string;
}

const W = 320, H = 120;
const PAD = { left: 40, right: 12, top: 12, bottom: 22 };
const COLOUR = { line: '#2563eb', norm: '#15803d', deadline: '#c2410c', trend: '#64748b', axis: '#94a3b8', text: '#334155' };

const WORDS: Record<Lang, { norm: string; deadline: string; trend: string }> = {
    en: { norm: 'norm', deadline: 'deadline', trend: 'trend' },
    nl: { norm: 'norm', deadline: 'termijn', trend: 'trend' },
};

/**
 * The chart of one indicator of a result, from the TheoryJson (the HTML plan, the diagram's details card):
 * only with two dated measurements or more, where there is a trend to see.
 */
export function indicatorTrendSvg(i: IndicatorJson, r: ResultJson, lang: Lang, label: string): string | undefined {
    const dated = i.measurements.filter(x => x.date && isRealDate(x.date));
    const first = dated[0];
    if (dated.length < 2 || !first) return undefined;
    return trendChartSvg({
        points: dated.map(x => ({ date: x.date!, value: x.value })), norm: r.norm, lang,
        unit: first.percent ? '%' : first.unit, label,
    });
}

/** The chart, or undefined when there is nothing to draw (no dated measurement). */
export function trendChartSvg(input: TrendChartInput): string | undefined {
    // A value or norm that did not parse draws nothing: never "NaN" on screen, never a NaN coordinate.
    const pts: TrendPoint[] = input.points.filter(p => Number.isFinite(p.value))
        .map(p => ({ day: dayNumber(p.date), value: p.value })).sort((a, b) => a.day - b.day);
    const first = pts[0], last = pts[pts.length - 1];
    if (!first || !last) return undefined;
    const norm = input.norm && Number.isFinite(input.norm.value) ? input.norm : undefined;
    const words = WORDS[input.lang];
    const deadline = norm?.deadline ? deadlineDay(norm.deadline) : undefined;
    const x0 = first.day;
    const x1 = Math.max(last.day, deadline ?? 0, x0 + 30);
    const values = [...pts.map(p => p.value), ...(norm ? [norm.value] : [])];
    const trend = deadline !== undefined && deadline > last.day ? linearTrend(pts) : undefined;
    const projected = trend && deadline !== undefined ? trend.at(deadline) : undefined;
    if (projected !== undefined && Number.isFinite(projected)) values.push(projected);
    let y0 = Math.min(0, ...values);
    let y1 = Math.max(...values);
    if (norm?.percent) { y0 = Math.max(y0, 0); y1 = Math.min(Math.max(y1, 10), 100); }
    if (y1 === y0) y1 = y0 + 1;
    y1 = niceCeil(y1 + (y1 - y0) * 0.05);
    const sx = (d: number) => PAD.left + (d - x0) / (x1 - x0) * (W - PAD.left - PAD.right);
    const sy = (v: number) => H - PAD.bottom - (Math.min(Math.max(v, y0), y1) - y0) / (y1 - y0) * (H - PAD.top - PAD.bottom);
    const n = (v: number) => Math.round(v * 10) / 10;
    const num = (v: number) => formatNumber(Math.round(v * 10) / 10, input.lang) + (norm?.percent || input.unit === '%' ? '%' : '');
    const text = (x: number, y: number, s: string, anchor = 'start', fill = COLOUR.text) =>
        `<text x="${n(x)}" y="${n(y)}" text-anchor="${anchor}" fill="${fill}">${escapeXml(s)}</text>`;
    const parts: string[] = [];
    parts.push(`<line x1="${PAD.left}" y1="${H - PAD.bottom}" x2="${W - PAD.right}" y2="${H - PAD.bottom}" stroke="${COLOUR.axis}"/>`);
    parts.push(`<line x1="${PAD.left}" y1="${PAD.top}" x2="${PAD.left}" y2="${H - PAD.bottom}" stroke="${COLOUR.axis}"/>`);
    parts.push(text(PAD.left - 4, sy(y0) + 3, num(y0), 'end'), text(PAD.left - 4, PAD.top + 8, num(y1), 'end'));
    parts.push(text(PAD.left, H - 6, isoMonth(x0)), text(W - PAD.right, H - 6, isoMonth(x1), 'end'));
    if (norm) {
        const y = sy(norm.value);
        parts.push(`<line x1="${PAD.left}" y1="${n(y)}" x2="${W - PAD.right}" y2="${n(y)}" stroke="${COLOUR.norm}" stroke-dasharray="5 3"/>`);
        parts.push(text(PAD.left + 4, y - 4, `${words.norm} ${norm.text}`, 'start', COLOUR.norm));
    }
    if (deadline !== undefined) {
        const x = sx(deadline);
        parts.push(`<line x1="${n(x)}" y1="${PAD.top}" x2="${n(x)}" y2="${H - PAD.bottom}" stroke="${COLOUR.deadline}" stroke-dasharray="3 3"/>`);
        parts.push(text(x - 3, PAD.top + 8, `${words.deadline} ${norm!.deadline}`, 'end', COLOUR.deadline));
    }
    if (trend && projected !== undefined && deadline !== undefined) {
        parts.push(`<line x1="${n(sx(last.day))}" y1="${n(sy(trend.at(last.day)))}" x2="${n(sx(deadline))}" y2="${n(sy(projected))}" stroke="${COLOUR.trend}" stroke-dasharray="2 3"><title>${words.trend}</title></line>`);
    }
    parts.push(`<polyline fill="none" stroke="${COLOUR.line}" stroke-width="2" points="${pts.map(p => `${n(sx(p.day))},${n(sy(p.value))}`).join(' ')}"/>`);
    for (const p of pts) parts.push(`<circle cx="${n(sx(p.day))}" cy="${n(sy(p.value))}" r="3" fill="${COLOUR.line}"/>`);
    parts.push(text(sx(last.day) + (sx(last.day) > W - 60 ? -6 : 6), sy(last.value) + (sy(last.value) < PAD.top + 14 ? 14 : -6), num(last.value), sx(last.day) > W - 60 ? 'end' : 'start', COLOUR.line));
    return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" role="img" aria-label="${escapeXml(input.label)}" font-family="sans-serif" font-size="10">`
        + `<rect width="${W}" height="${H}" fill="#ffffff"/>${parts.join('')}</svg>`;
}

/** The chart as a data: URI, for Markdown (`![…](data:…)`), where an inline <svg> is not allowed. */
export function svgDataUri(svg: string): string {
    const bytes = new TextEncoder().encode(svg);
    let binary = '';
    for (const b of bytes) binary += String.fromCharCode(b);
    return `data:image/svg+xml;base64,${btoa(binary)}`;
}

/** 1, 2, 2.5, 5 or 10 times a power of ten: an axis that ends on a round number. */
function niceCeil(v: number): number {
    if (v <= 0) return v;
    const p = 10 ** Math.floor(Math.log10(v));
    return ([1, 2, 2.5, 5, 10].find(f => f * p >= v) ?? 10) * p;
}

function isoMonth(day: number): string {
    return new Date(day * 86_400_000).toISOString().slice(0, 7);
}

