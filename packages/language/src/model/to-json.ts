/** TheoryModel -> TheoryJson: the plain-data model for export, the preview and the diagram. */
import { GrammarUtils, type AstNode } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Action, Indicator, Result } from '../generated/ast.js';
import type {
    ContributionJson, ElementJson, ElementKindJson, HorizonJson, IndicatorJson, IssueJson, MeasurementJson, PriorityJson,
    RangeJson, ResultJson, TheoryJson,
} from './model-json.js';
import { formatQuantity, operatorSymbol } from './quantity.js';
import { unitText, type ModelElement, type TheoryModel } from './theory-model.js';

const HORIZON: Record<string, HorizonJson> = { KT: 'short', ST: 'short', MLT: 'medium', MT: 'medium', LT: 'long' };
const PRIORITY: Record<string, PriorityJson> = { high: 'high', hoog: 'high', medium: 'medium', middel: 'medium', low: 'low', laag: 'low' };
const CHAIN: ReadonlySet<string> = new Set(['challenge', 'goal', 'subgoal', 'action']);

const ZERO: RangeJson = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** The range of the element's name (or, for an unnamed result or indicator, its keyword): what a click reveals. */
function nameRange(node: AstNode): RangeJson {
    const cst = node.$cstNode;
    if (!cst) return ZERO;
    return (GrammarUtils.findNodeForProperty(cst, 'name') ?? GrammarUtils.findNodeForProperty(cst, 'keyword') ?? cst).range;
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
    for (const d of diagnostics) {
        const el = elementAt(model, d);
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

/** The innermost element whose name (or keyword) range holds the diagnostic's start. */
function elementAt(model: TheoryModel, d: Diagnostic): ModelElement | undefined {
    let best: ModelElement | undefined;
    for (const el of model.elements) {
        const r = el.node.$cstNode?.range;
        if (!r) continue;
        const p = d.range.start;
        const inside = (p.line > r.start.line || (p.line === r.start.line && p.character >= r.start.character))
            && (p.line < r.end.line || (p.line === r.end.line && p.character <= r.end.character));
        if (inside) best = el; // elements are in text order, parents first: the last hit is innermost
    }
    return best;
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
        horizon: horizon ? HORIZON[horizon] : undefined,
        horizonLabel: horizon,
        owner: node.owners?.[0],
        partners: [...(node.partners ?? [])],
        priority: node.priorities?.[0] ? PRIORITY[node.priorities[0]] : undefined,
        steps: [...(node.steps ?? [])],
        assumptions: [...(node.assumptions ?? [])],
        results: el.external ? [] : el.children.filter(c => c.kind === 'result').map(r => resultJson(model, r)),
        range: nameRange(el.node),
        external: el.external?.uri.toString(),
    };
}

function resultJson(model: TheoryModel, el: ModelElement): ResultJson {
    const status = model.statusOf(el);
    const node = el.node as Result;
    return {
        id: el.id,
        name: el.name,
        description: el.description,
        norm: status.norm && {
            operator: status.norm.operator,
            value: status.norm.value,
            percent: status.norm.percent,
            unit: status.norm.unit,
            deadline: status.norm.deadline,
            text: `${operatorSymbol(status.norm.operator)} ${formatQuantity(status.norm, model.lang)}`,
        },
        state: status.state,
        latest: status.latest && measurementJson(status.latest),
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
        baseline: b && { date: b.date, value: b.value, percent: b.percent, unit: unitText(b.unit) },
        measurements: model.measurementsOf(el).map(measurementJson),
        range: nameRange(node),
    };
}

function measurementJson(m: { date?: string; value: number; percent: boolean; unit?: string }): MeasurementJson {
    return { date: m.date, value: m.value, percent: m.percent, unit: m.unit };
}
