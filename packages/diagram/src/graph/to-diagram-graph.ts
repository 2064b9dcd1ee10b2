/** TheoryJson -> DiagramGraph: picks what to draw and in which words. */
import type { ElementJson, IndicatorJson, MeasurementJson, ResultJson, TheoryJson } from 'toc-language/model';
import { diagramMessages, type DiagramMessages } from '../messages.js';
import { readableLabel } from './label.js';
import { edgeId, type DiagramEdge, type DiagramGraph, type DiagramNode, type IndicatorCard, type ResultCard } from './diagram-graph.js';

export interface DiagramGraphOptions {
    /** Draw results: a light each on a compact box, a card with norm and indicators on a detailed one (default true). */
    showResults?: boolean;
    /** Detailed boxes: description, owner, partners and result cards (default false: compact boxes). */
    details?: boolean;
    /** Compact boxes of this width, for a narrow panel (DiagramGraph.boxWidth). */
    boxWidth?: number;
    /** Wrap a column taller than this into sub-columns (DiagramGraph.columnLimit). */
    columnLimit?: number;
}

export function toDiagramGraph(theory: TheoryJson, options: DiagramGraphOptions = {}): DiagramGraph {
    const showResults = options.showResults ?? true;
    const msg = diagramMessages(theory.lang);
    const nodes: DiagramNode[] = [];
    const ids = new Set<string>();
    for (const el of theory.elements ?? []) {
        if (ids.has(el.id)) continue; // ids are unique per file; be robust to a partial model anyway
        ids.add(el.id);
        nodes.push(toNode(el, theory, showResults, msg));
    }
    // One edge per pair; an arrow written out wins over the same contribution by nesting.
    const edges = new Map<string, DiagramEdge>();
    for (const c of theory.contributions ?? []) {
        if (!ids.has(c.from) || !ids.has(c.to) || c.from === c.to) continue;
        const id = edgeId(c.from, c.to);
        const known = edges.get(id);
        if (known) known.implicit = known.implicit && c.implicit;
        else edges.set(id, { id, from: c.from, to: c.to, implicit: c.implicit });
    }
    return {
        lang: theory.lang,
        title: theory.title,
        vision: theory.vision,
        hasSyntaxErrors: theory.hasSyntaxErrors,
        showResults,
        details: options.details ?? false,
        ...(options.boxWidth !== undefined && !options.details ? { boxWidth: options.boxWidth } : {}),
        ...(options.columnLimit !== undefined && !options.details ? { columnLimit: options.columnLimit } : {}),
        nodes,
        edges: [...edges.values()],
    };
}

function toNode(el: ElementJson, theory: TheoryJson, showResults: boolean, msg: DiagramMessages): DiagramNode {
    return {
        id: el.id,
        kind: el.kind,
        name: el.name || el.id,
        label: readableLabel(el.name || el.id),
        description: el.description,
        horizon: el.horizon,
        horizonLabel: el.horizonLabel,
        owner: el.owner,
        partners: el.partners ?? [],
        external: el.external ? fileName(el.external) : undefined,
        issues: theory.issues?.[el.id] ?? [],
        results: showResults ? (el.results ?? []).map(r => toResult(r, msg)) : [],
        range: el.range,
    };
}

function toResult(r: ResultJson, msg: DiagramMessages): ResultCard {
    const text = r.description ?? r.name ?? '';
    const normText = r.norm ? (r.norm.deadline ? `${r.norm.text} ${msg.by} ${r.norm.deadline}` : r.norm.text) : undefined;
    return {
        id: r.id,
        text,
        fullText: [r.name, r.description].filter(Boolean).join(': '),
        state: r.state,
        normText,
        latestText: r.latest ? measurementText(r.latest) : undefined,
        indicators: (r.indicators ?? []).map(toIndicator),
        range: r.range,
    };
}

function toIndicator(i: IndicatorJson): IndicatorCard {
    const latest = i.measurements?.length ? i.measurements[i.measurements.length - 1] : undefined;
    return {
        id: i.id,
        text: i.description ?? i.name ?? '',
        fullText: [i.name, i.description].filter(Boolean).join(': '),
        latestText: latest ? measurementText(latest) : undefined,
        range: i.range,
    };
}

export function measurementText(m: MeasurementJson): string {
    return m.date ? `${m.text} (${m.date})` : m.text;
}

function fileName(uri: string): string {
    const clean = uri.split(/[?#]/)[0] ?? uri;
    const last = clean.split('/').pop() ?? clean;
    try {
        return decodeURIComponent(last);
    } catch {
        return last;
    }
}
