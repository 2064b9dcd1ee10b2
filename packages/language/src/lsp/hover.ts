/**
 * Hover over an element (its name, its keyword, or a name that refers to it): what it is, what it
 * contributes to and what contributes to it, and for actions the owner and horizon, for results the
 * norm and the status of the latest measurement. Read from the TheoryModel, never re-derived.
 */
import { AstUtils, CstUtils, type LangiumDocument } from 'langium';
import type { HoverProvider } from 'langium/lsp';
import type { Hover, HoverParams } from 'vscode-languageserver';
import type { Action, Indicator } from '../generated/ast.js';
import { countOf, editorMessages, horizonMeaning, WORD_MEANING } from '../i18n/editor-messages.js';
import type { Lang } from '../i18n/language.js';
import { elementLabel, kindName, type ElementKind } from '../i18n/messages.js';
import { formatQuantity, operatorSymbol } from '../model/quantity.js';
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
        const at = elementAt(this.services, document, params.position);
        if (!at) return this.wordHover(document, params);
        const home = AstUtils.getDocument(at.node);
        const model = this.services.model.TheoryModelProvider.modelOf(home);
        const el = model.elementOf(at.node);
        if (!el) return undefined;
        const lang = documentLang(this.services, document);
        const value = hoverMarkdown(model, el, lang, home === document ? undefined : home.uri.path.split('/').pop());
        return { contents: { kind: 'markdown', value }, range: at.leaf.range };
    }

    /** A horizon or priority word: what it means. */
    private wordHover(document: LangiumDocument, params: HoverParams): Hover | undefined {
        const root = document.parseResult.value.$cstNode;
        const leaf = root && CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(params.position));
        if (!leaf || !WORD_MEANING[leaf.text]) return undefined;
        const lang = documentLang(this.services, document);
        return { contents: { kind: 'markdown', value: `**${leaf.text}**: ${horizonMeaning(lang, leaf.text)}` }, range: leaf.range };
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
    return lines.join('\n');
}
