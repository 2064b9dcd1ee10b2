/** TheoryModel -> TheoryJson: the plain-data model for export, the preview and the diagram. */
import type { AstNode } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Action, Indicator, Priority, Result } from '../generated/ast.js';
import type {
    ContributionJson, ElementJson, ElementKindJson, IndicatorJson, IssueJson, MeasurementJson, PriorityJson,
    RangeJson, ResultJson, TheoryJson,
} from './model-json.js';
import { horizonSpan } from '../parser/keywords.js';
import { findNodeForProperty } from '../parser/property-node.js';
import { formatQuantity, operatorSymbol } from './quantity.js';
import { unitText, type ModelElement, type TheoryModel } from './theory-model.js';

const PRIORITY: Record<Priority, PriorityJson> = { high: 'high', hoog: 'high', medium: 'medium', middel: 'medium', low: 'low', laag: 'low' };
const CHAIN: ReadonlySet<string> = new Set(['challenge', 'goal', 'subgoal', 'action']);

const ZERO: RangeJson = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** The range of the element's name (or, for an unnamed result or indicator, its keyword): what a click reveals. */
function nameRange(node: AstNode): RangeJson {
    const cst = node.$cstNode;
    if (!cst) return ZERO;
    return (findNodeForProperty(cst, 'name') ?? findNodeForProperty(cst, 'keyword') ?? cst).range;
}

export function theoryToJson(model: TheoryModel, diagnostics: Diagnostic[] = []): TheoryJson {
    const elements: ElementJson[] = [];
    const chain = [...model.elements, ...model.externals].filter(e => CHAIN.has(e.kind));
    for (const el of chain) elements.push(elementJson(model, el));

    const contributions: ContributionJson[] = model.contributions
        .filter(c => CHAIN.has(c.from.kind) && CHAIN.has(c.to.kind))
        .map(c => ({ from: c.from.id, to: c.to.id, implicit: c.implicit }));

    const issues: Record<string, IssueJson[]> = {};
    const hasSyntaxErrors = model.document.parseResult.parserErrors.length > 0 || model.document.parseResult.lexerErrors.length > 0;
    const elementAt = elementLocator(model);
    for (const d of diagnostics) {
        // Good news is no remark: a met norm shows as the result's green light, never as a badge on the box.
        if (d.code === 'norm-met') continue;
        const el = elementAt(d);
        if (!el) continue;
        const owner = CHAIN.has(el.kind) ? el : ownerInChain(el);
        if (!owner) continue;
        (issues[owner.id] ??= []).push({ rule: String(d.code ?? ''), severity: severityName(d.severity), message: typeof d.message === 'string' ? d.message : d.message.value });
    }

    return {
        version: 1,
        uri: model.document.uri.toString(),
        lang: model.lang,
        title: model.theory.header?.title,
        vision: model.theory.header?.vision,
        elements, contributions, issues, hasSyntaxErrors,
    };
}

function ownerInChain(el: ModelElement): ModelElement | undefined {
    let p = el.parent;
    while (p && !CHAIN.has(p.kind)) p = p.parent;
    return p;
}

function severityName(s: number | undefined): IssueJson['severity'] {
    return s === 1 ? 'error' : s === 2 ? 'warning' : s === 3 ? 'info' : 'hint';
}

/**
 * For each diagnostic, the innermost element whose text holds its start: elements sorted by offset once,
 * then a binary search and a walk up the parents (a scan per diagnostic was quadratic on large files).
 */
function elementLocator(model: TheoryModel): (d: Diagnostic) => ModelElement | undefined {
    const text = model.document.textDocument;
    // Each offset once: a composite CST node finds its offset by walking to its first token.
    const offsets = new Map(model.elements.filter(el => el.node.$cstNode).map(el => [el, el.node.$cstNode!.offset]));
    const els = [...offsets.keys()].sort((a, b) => offsets.get(a)! - offsets.get(b)!);
    const starts = els.map(el => offsets.get(el)!);
    return d => {
        const at = text.offsetAt(d.range.start);
        let lo = 0, hi = starts.length - 1, i = -1;
        while (lo <= hi) {
            const mid = (lo + hi) >> 1; // lo <= mid <= hi: inside starts
            if (starts[mid]! <= at) { i = mid; lo = mid + 1; } else hi = mid - 1;
        }
        for (let el: ModelElement | undefined = els[i]; el; el = el.parent) if (at <= el.node.$cstNode!.end) return el;
        return undefined;
    };
}

function elementJson(model: TheoryModel, el: ModelElement): ElementJson {
    const node = el.node as Action;
    const horizon = el.kind === 'action' ? node.horizon : undefined;
    return {
        id: el.id,
        kind: el.kind as ElementKindJson,
        name: el.name ?? el.id,
        description: el.description,
        parent: el.parent && CHAIN.has(el.parent.kind) ? el.parent.id : undefined,
        horizon: horizon ? horizonSpan(horizon) : undefined,
        horizonLabel: horizon,
        owner: node.owners?.[0],
        partners: [...(node.partners ?? [])],
        priority: node.priorities?.[0] ? PRIORITY[node.priorities[0]] : undefined,
        steps: [...(node.steps ?? [])],
        assumptions: [...(node.assumptions ?? [])],
        results: el.external ? [] : el.children.filter(c => c.kind === 'result').map(r => resultJson(model, r)),
        range: nameRange(el.node),
        extent: el.external || !el.node.$cstNode ? undefined : el.node.$cstNode.range,
        external: el.external?.uri.toString(),
        carriedBy: !el.external && (el.kind === 'goal' || el.kind === 'subgoal') ? model.actionsReaching(el).map(a => a.id) : undefined,
    };
}

function resultJson(model: TheoryModel, el: ModelElement): ResultJson {
    const status = model.statusOf(el);
    const node = el.node as Result;
    return {
        id: el.id,
        name: el.name,
        description: el.description,
        // A norm or measurement whose number did not parse (a syntax error says so) has no words to show: left out, never "NaN".
        norm: status.norm && Number.isFinite(status.norm.value) ? {
            operator: status.norm.operator,
            value: status.norm.value,
            percent: status.norm.percent,
            unit: status.norm.unit,
            deadline: status.norm.deadline,
            text: `${operatorSymbol(status.norm.operator)} ${formatQuantity(status.norm, model.lang)}`,
        } : undefined,
        state: status.state,
        latest: status.latest && Number.isFinite(status.latest.value) ? measurementJson(status.latest, model.lang) : undefined,
        indicators: el.children.filter(c => c.kind === 'indicator').map(i => indicatorJson(model, i)),
        range: nameRange(node),
    };
}

function indicatorJson(model: TheoryModel, el: ModelElement): IndicatorJson {
    const node = el.node as Indicator;
    const b = node.baselines[0];
    return {
        id: el.id,
        name: el.name,
        description: el.description,
        baseline: b && Number.isFinite(b.value) ? measurementJson({ date: b.date, value: b.value, percent: b.percent, unit: unitText(b.unit) }, model.lang) : undefined,
        measurements: model.measurementsOf(el).filter(m => Number.isFinite(m.value)).map(m => measurementJson(m, model.lang)),
        range: nameRange(node),
    };
}

function measurementJson(m: { date?: string; value: number; percent: boolean; unit?: string }, lang: TheoryModel['lang']): MeasurementJson {
    return { date: m.date, value: m.value, percent: m.percent, unit: m.unit, text: formatQuantity(m, lang) };
}
