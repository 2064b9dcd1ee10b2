/**
 * Hover over an element (its name, its keyword, or a name that refers to it): what it is, what it
 * contributes to and what contributes to it, and for actions the owner and horizon, for results the
 * norm and the status of the latest measurement. On a keyword also what the element is in the method,
 * with an example (i18n/glossary.ts). On a norm: what it means, the latest measurement, met or not, the
 * deadline; on a measurement: its place in the indicator's series. Read from the TheoryModel, never re-derived.
 */
import { AstUtils, CstUtils, GrammarUtils, type AstNode, type LangiumDocument, type LeafCstNode } from 'langium';
import type { HoverProvider } from 'langium/lsp';
import type { Hover, HoverParams } from 'vscode-languageserver';
import { isMeasurement, isNorm, isTopMeasurement, type Action, type Indicator, type Measurement, type Norm, type TopMeasurement } from '../generated/ast.js';
import { countOf, editorMessages, horizonMeaning, wordMeaning } from '../i18n/editor-messages.js';
import { term, type Term } from '../i18n/glossary.js';
import { isPlaceholderNorm } from '../model/placeholders.js';
import type { Lang } from '../i18n/language.js';
import { capitalize, elementLabel, kindName, type ElementKind } from '../i18n/messages.js';
import { svgDataUri, trendChartSvg } from '../follow-up/trend-chart.js';
import { formatQuantity, isRealDate, normalizeOperator, operatorSymbol } from '../model/quantity.js';
import type { Contribution, ModelElement, TheoryModel } from '../model/theory-model.js';
import type { TocServices } from '../toc-module.js';
import { documentLang } from './document-language.js';
import { elementAt } from './element-at.js';

const ORDER: ElementKind[] = ['challenge', 'goal', 'subgoal', 'action', 'result', 'indicator'];

export class TocHoverProvider implements HoverProvider {
    private readonly services: TocServices;

    constructor(services: TocServices) {
        this.services = services;
    }

    async getHoverContent(document: LangiumDocument, params: HoverParams): Promise<Hover | undefined> {
        const lang = documentLang(this.services, document);
        const root = document.parseResult.value.$cstNode;
        const leaf = root && CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(params.position));
        const model = this.services.model.TheoryModelProvider.modelOf(document);
        if (leaf && isNorm(leaf.astNode)) return { contents: { kind: 'markdown', value: normMarkdown(model, leaf.astNode, lang) }, range: nodeRange(leaf.astNode, leaf) };
        if (leaf && (isMeasurement(leaf.astNode) || isTopMeasurement(leaf.astNode))) {
            const value = measurementMarkdown(model, leaf.astNode, lang);
            if (value) return { contents: { kind: 'markdown', value }, range: nodeRange(leaf.astNode, leaf) };
        }
        const at = elementAt(this.services, document, params.position);
        if (!at) return this.wordHover(document, params);
        const home = AstUtils.getDocument(at.node);
        const homeModel = home === document ? model : this.services.model.TheoryModelProvider.modelOf(home);
        const el = homeModel.elementOf(at.node);
        if (!el) return undefined;
        let value = hoverMarkdown(homeModel, el, lang, home === document ? undefined : home.uri.path.split('/').pop());
        // On the keyword itself: what this kind of element is in the method, and how one is written.
        if (!at.viaReference && GrammarUtils.findAssignment(at.leaf)?.feature === 'keyword') value += '\n\n---\n\n' + methodMarkdown(lang, el.kind);
        return { contents: { kind: 'markdown', value }, range: at.leaf.range };
    }

    /** A horizon or priority word: what it means. */
    private wordHover(document: LangiumDocument, params: HoverParams): Hover | undefined {
        const root = document.parseResult.value.$cstNode;
        const leaf = root && CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(params.position));
        if (!leaf) return undefined;
        const meaning = wordMeaning(documentLang(this.services, document), leaf.text);
        return meaning === undefined ? undefined : { contents: { kind: 'markdown', value: `**${leaf.text}**: ${meaning}` }, range: leaf.range };
    }
}

function named(lang: Lang, el: ModelElement): string {
    return elementLabel(lang, el.kind, el.name, el.description);
}

function counted(lang: Lang, list: ModelElement[]): string {
    const byKind = new Map<ElementKind, number>();
    for (const e of list) byKind.set(e.kind, (byKind.get(e.kind) ?? 0) + 1);
    return ORDER.filter(k => byKind.has(k)).map(k => countOf(lang, k, byKind.get(k)!)).join(', ');
}

export function hoverMarkdown(model: TheoryModel, el: ModelElement, lang: Lang, fromFile?: string): string {
    const m = editorMessages(lang);
    const lines: string[] = [];
    const title = `**${kindName(lang, el.kind)}**${el.name ? ` \`${el.name}\`` : ''}`;
    lines.push(fromFile ? `${title} — _${m.fromFile(fromFile)}_` : title);
    if (el.description) lines.push('', el.description.replace(/\s+/g, ' ').trim());
    const facts: string[] = [];

    if (el.kind === 'action') {
        const node = el.node as Action;
        if (node.owners[0]) facts.push(`**${m.owner}:** ${node.owners.join(', ')}`);
        if (node.horizon) facts.push(`**${m.horizon}:** ${node.horizon} (${horizonMeaning(lang, node.horizon)})`);
        if (node.partners.length > 0) facts.push(`**${m.partners}:** ${node.partners.join(', ')}`);
    } else if (el.kind !== 'result' && el.kind !== 'indicator') {
        const owners = (el.node as { owners?: string[] }).owners;
        if (owners?.[0]) facts.push(`**${m.owner}:** ${owners.join(', ')}`);
    }

    if (el.kind !== 'result' && el.kind !== 'indicator') {
        const out = model.outgoing(el).map((c: Contribution) => named(lang, c.to));
        facts.push(`**${m.contributesTo}:** ${out.length > 0 ? out.join(', ') : m.nothing}`);
        if (el.kind !== 'action') {
            const incoming = model.incoming(el).map(c => c.from);
            const names = incoming.slice(0, 8).map(e => `\`${e.id}\``).join(', ') + (incoming.length > 8 ? ', …' : '');
            facts.push(`**${m.contributors}:** ${incoming.length > 0 ? `${counted(lang, incoming)} (${names})` : m.none}`);
        }
        const results = el.children.filter(c => c.kind === 'result');
        if (results.length > 0) {
            const met = results.filter(r => model.statusOf(r).state === 'met').length;
            facts.push(`**${m.results}:** ${results.length} (${met} ${m.state.met})`);
        }
    }

    if (el.kind === 'result') {
        const status = model.statusOf(el);
        facts.push(`**${m.norm}:** ${status.norm ? `${operatorSymbol(status.norm.operator)} ${formatQuantity(status.norm, model.lang)}${status.norm.deadline ? ` (${status.norm.deadline})` : ''}` : m.noNorm}`);
        const latest = status.latest ? ` — ${m.latest(formatQuantity(status.latest, model.lang), status.latest.date ?? '—')}` : '';
        facts.push(`**${m.status}:** ${m.state[status.state]}${latest}`);
    }

    if (el.kind === 'indicator') {
        const measured = model.measurementsOf(el);
        const last = measured[measured.length - 1];
        const baseline = (el.node as Indicator).baselines[0];
        if (baseline) facts.push(`**${m.baseline}:** ${formatQuantity({ value: baseline.value, percent: baseline.percent }, model.lang)}`);
        facts.push(`${m.measurements(measured.length)}${last ? ` — ${m.latest(formatQuantity(last, model.lang), last.date ?? '—')}` : ''}`);
    }

    if (facts.length > 0) lines.push('', ...facts.map(f => `- ${f}`));
    const chart = el.kind === 'result' || el.kind === 'indicator' ? trendImage(model, el, lang) : undefined;
    if (chart) lines.push('', chart);
    return lines.join('\n');
}

/** "*A challenge is …* Example: `challenge X "…"`" from the glossary. */
export function methodMarkdown(lang: Lang, t: Term): string {
    const entry = term(lang, t);
    return `_${entry.meaning}_` + (entry.example ? `\n\n${editorMessages(lang).example}: \`${entry.example}\`` : '');
}

function nodeRange(node: AstNode, leaf: LeafCstNode) {
    return node.$cstNode?.range ?? leaf.range;
}

/** What a norm means, the latest measurement against it, met or not, and its deadline. */
export function normMarkdown(model: TheoryModel, norm: Norm, lang: Lang): string {
    const m = editorMessages(lang);
    const result = norm.$container && model.elementOf(norm.$container);
    const written = `${operatorSymbol(normalizeOperator(norm.operator))} ${formatQuantity({ value: norm.value, percent: norm.percent, unit: norm.unit.join(' ') || undefined }, model.lang)}`;
    const lines = [`**${capitalize(term(lang, 'norm').word)}** \`${written}\`${norm.deadline ? ` ${norm.deadlineKeyword ?? ''} ${norm.deadline}` : ''}`, '', methodMarkdown(lang, 'norm'), ''];
    if (result) lines.push(`- **${capitalize(kindName(lang, 'result'))}:** ${named(lang, result)}`);
    const status = result && model.statusOf(result);
    if (isPlaceholderNorm(norm)) {
        lines.push(`- ${m.placeholderNorm}`);
    } else if (status?.norm?.node !== norm) {
        lines.push(`- ${m.otherNorm}`);
    } else {
        const latest = status.latest ? m.latest(formatQuantity(status.latest, model.lang), status.latest.date ?? '—') : m.notMeasuredYet;
        lines.push(`- **${m.status}:** ${m.state[status.state]} — ${latest}`);
        lines.push(`- **${m.deadline}:** ${norm.deadline ?? m.noDeadline}`);
    }
    return lines.join('\n');
}

/** A measurement's place in its indicator's series, and whether it is the one the norm is judged by. */
export function measurementMarkdown(model: TheoryModel, node: Measurement | TopMeasurement, lang: Lang): string | undefined {
    const m = editorMessages(lang);
    // A half-typed top-level measurement may have no indicator reference yet.
    const indicatorNode = isTopMeasurement(node) ? node.indicator?.ref : node.$container;
    const indicator = indicatorNode && model.elementOf(indicatorNode);
    if (!indicator) return undefined;
    const series = model.measurementsOf(indicator).filter(v => isMeasurement(v.node) || isTopMeasurement(v.node));
    const i = series.findIndex(v => v.node === node);
    const here = series[i], previous = series[i - 1];
    if (!here) return undefined;
    const value = formatQuantity(here, model.lang);
    const lines = [`**${capitalize(term(lang, 'measurement').word)}** ${value} (${node.date})`, '', methodMarkdown(lang, 'measurement'), ''];
    lines.push(`- ${m.placeInSeries(i + 1, series.length, named(lang, indicator))}`);
    if (previous) lines.push(`- **${m.previous}:** ${formatQuantity(previous, model.lang)} (${previous.date ?? '—'})`);
    const result = indicator.parent?.kind === 'result' ? indicator.parent : undefined;
    const status = result && model.statusOf(result);
    if (status?.latest?.node === node && status.norm) {
        lines.push(`- **${m.norm} ${operatorSymbol(status.norm.operator)} ${formatQuantity(status.norm, model.lang)}:** ${m.state[status.state]}`);
    }
    return lines.join('\n');
}

/**
 * The measurements over time against the norm and deadline, as an image: for an indicator its own, for
 * a result those of the indicator with the latest measurement (the one its status and trend rest on).
 */
function trendImage(model: TheoryModel, el: ModelElement, lang: Lang): string | undefined {
    const result = el.kind === 'result' ? el : el.parent;
    const status = result ? model.statusOf(result) : undefined;
    const indicator = el.kind === 'indicator' ? el : status?.latest?.indicator;
    if (!indicator) return undefined;
    const measured = model.measurementsOf(indicator).filter(m => m.date && isRealDate(m.date));
    const norm = status?.norm;
    const svg = trendChartSvg({
        points: measured.map(m => ({ date: m.date!, value: m.value })),
        norm: norm && { ...norm, text: `${operatorSymbol(norm.operator)} ${formatQuantity(norm, model.lang)}` },
        unit: measured[0]?.percent ? '%' : measured[0]?.unit,
        lang,
        label: editorMessages(lang).trendOf(indicator.name ?? indicator.id),
    });
    return svg && `![${editorMessages(lang).trendOf(indicator.name ?? indicator.id)}](${svgDataUri(svg)})`;
}
