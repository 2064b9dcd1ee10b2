/**
 * The details of one box, in a card over the diagram: its description, owner, results with their norm and
 * latest measurement, and indicators. Shown for the box under the mouse, else for the selected box, so the
 * boxes themselves can stay compact.
 */
import type { ElementJson, IssueJson, MeasurementJson, NormJson } from 'toc-language/model';
import { diagramMessages } from 'toc-diagram/core';
import { indicatorTrendSvg } from 'toc-language/trend-chart';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls: string, text?: string): HTMLElementTagNameMap[K] {
    const e = document.createElement(tag);
    e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
}

/** A number that did not parse never reaches the screen as "NaN". */
function normText(norm: NormJson | undefined): string | undefined {
    if (!norm || !Number.isFinite(norm.value) || /NaN/.test(norm.text)) return undefined;
    return norm.text;
}

function measured(m: MeasurementJson | undefined): string | undefined {
    if (!m || !Number.isFinite(m.value)) return undefined;
    return m.date ? `${m.text} (${m.date})` : m.text;
}

/** `issues`: the checks' remarks on the element: the card lists them (the badge on the box has no tooltip of its own). */
export function fillDetails(card: HTMLElement, e: ElementJson, lang: string, issues: IssueJson[] = []): void {
    const msg = diagramMessages(lang === 'nl' ? 'nl' : 'en');
    card.replaceChildren();
    card.dataset.tocFor = e.id;
    const kind = msg.kind[e.kind] + (e.horizonLabel ? ` · ${e.horizonLabel}` : '');
    card.append(el('div', 'toc-details-kind', kind), el('div', 'toc-details-name', e.name));
    if (e.description) card.append(el('p', 'toc-details-desc', e.description));
    const meta: string[] = [];
    if (e.owner) meta.push(`${msg.owner}: ${e.owner}`);
    if (e.partners.length) meta.push(`${msg.partners}: ${e.partners.join(', ')}`);
    if (meta.length) card.append(el('p', 'toc-details-meta', meta.join(' · ')));
    if (issues.length) {
        card.append(el('div', 'toc-details-issues-title', `${msg.issues(issues.length)}:`));
        const remarks = el('ul', 'toc-details-issues');
        for (const i of issues) remarks.append(el('li', `toc-details-issue toc-severity-${i.severity}`, i.message));
        card.append(remarks);
    }
    if (e.results.length === 0) return;
    const list = el('ul', 'toc-details-results');
    for (const r of e.results) {
        const item = el('li', `toc-details-result toc-state-${r.state}`);
        item.append(el('span', 'toc-details-dot'), el('strong', '', msg.status[r.state]));
        item.append(document.createTextNode(` ${r.description ?? r.name ?? msg.kind.result}`));
        const norm = normText(r.norm);
        const facts = [norm ? `${msg.norm} ${norm}${r.norm?.deadline ? ` ${msg.by} ${r.norm.deadline}` : ''}` : msg.noNorm];
        const latest = measured(r.latest);
        if (latest) facts.push(`${msg.measured} ${latest}`);
        item.append(el('div', 'toc-details-facts', facts.join(' · ')));
        for (const i of r.indicators) {
            const last = measured(i.measurements.at(-1));
            item.append(el('div', 'toc-details-indicator', `${msg.kind.indicator}: ${i.description ?? i.name ?? ''}${last ? ` · ${last}` : ''}`));
            // The hover's chart of the measurements against the norm and its deadline, as SVG elements in
            // the page (the webview's CSP allows no data: images).
            const chart = indicatorTrendSvg(i, r, lang === 'nl' ? 'nl' : 'en', msg.trendOf(i.name ?? i.description ?? ''));
            if (chart) item.append(svgElement(chart));
        }
        list.append(item);
    }
    card.append(list);
}

/** The chart's markup as an element: parsed as XML, so its text (names, norms) stays text. */
function svgElement(svg: string): Element {
    const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
    const figure = el('figure', 'toc-details-trend');
    figure.append(document.importNode(parsed, true));
    return figure;
}
