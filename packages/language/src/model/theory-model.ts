/**
 * The resolved theory of one document: its elements, every contribution (arrows and nesting alike),
 * and the status of each result. Checks, hover, the diagram and the reports all read this; none of
 * them re-derives contributions or status on its own.
 */
import type { AstNode, LangiumDocument } from 'langium';
import { AstUtils } from 'langium';
import {
    isAction, isGoal, isIndicator, isResult, isSubgoal,
    type Action, type Baseline, type Challenge, type Goal, type Indicator, type Measurement, type Norm, type Result,
    type Subgoal, type Theory, type TopMeasurement,
} from '../generated/ast.js';
import type { ElementKind } from '../i18n/messages.js';
import { astIndex } from '../workspace/ast-index.js';
import { countKeywords, languageOfCount, type KeywordCount, type Lang } from '../i18n/language.js';
import { comparable, compare, dateKey, isRealDate, normalizeOperator, type Operator } from './quantity.js';
import { isUnfinishedLine } from '../parser/syntax-errors.js';
import { isPlaceholderNorm } from './placeholders.js';
import { kindOf } from './element-kinds.js';

export type ElementNode = Challenge | Goal | Subgoal | Action | Result | Indicator;
export type ChainNode = Challenge | Goal | Subgoal | Action;

export interface ModelElement {
    /** The name, or for an unnamed result or indicator a path from its owner (`Spelnamiddag.result2`). */
    id: string;
    kind: ElementKind;
    name?: string;
    description?: string;
    node: ElementNode;
    /** The element this one is written inside. */
    parent?: ModelElement;
    children: ModelElement[];
    /** Set when the element lives in another (imported) document. */
    external?: LangiumDocument;
}

export interface Contribution {
    from: ModelElement;
    to: ModelElement;
    /** From nesting rather than from an arrow. */
    implicit: boolean;
    /** For an arrow: its index in `from.node.targets`. */
    index?: number;
}

export interface MeasurementValue {
    date?: string;
    value: number;
    percent: boolean;
    unit?: string;
    node: Measurement | TopMeasurement | Baseline;
    indicator: ModelElement;
}

export interface NormValue {
    operator: Operator;
    value: number;
    percent: boolean;
    unit?: string;
    deadline?: string;
    node: Norm;
}

export type ResultState = 'met' | 'not-met' | 'not-measured';

export interface ResultStatus {
    state: ResultState;
    norm?: NormValue;
    /** The latest measurement over the result's indicators. */
    latest?: MeasurementValue;
}

export interface TheoryModel {
    document: LangiumDocument<Theory>;
    theory: Theory;
    lang: Lang;
    /** This document's elements, in text order (parents before children). */
    elements: ModelElement[];
    /** Elements of imported documents that this one refers to. */
    externals: ModelElement[];
    contributions: Contribution[];
    elementOf(node: AstNode): ModelElement | undefined;
    /** Contributions that leave / reach an element. */
    outgoing(el: ModelElement): Contribution[];
    incoming(el: ModelElement): Contribution[];
    /** Measurements per indicator, oldest first (nested and top-level together). */
    measurementsOf(indicator: ModelElement): MeasurementValue[];
    statusOf(result: ModelElement): ResultStatus;
    /** The actions (of this file, or of a file importing it) whose contributions reach an element. */
    actionsReaching(el: ModelElement): ModelElement[];
}


export function unitText(unit: string[] | undefined): string | undefined {
    return unit && unit.length > 0 ? unit.join(' ') : undefined;
}

/** Keyword counts per parse: a new parse makes a new root, so this never goes stale. */
const KEYWORDS = new WeakMap<Theory, KeywordCount>();

/** The language of a document's messages: the one most of its keywords are in. */
export function theoryLanguage(theory: Theory, fallback: Lang = 'en'): Lang {
    let count = KEYWORDS.get(theory);
    if (!count) {
        const keywords: string[] = [];
        for (const node of astIndex(theory).nodes) {
            const kw = (node as { keyword?: unknown }).keyword;
            if (typeof kw === 'string') keywords.push(kw);
            if (node.$type === 'Action' && (node as Action).horizon) keywords.push((node as Action).horizon!);
        }
        if (theory.header?.visionKeyword) keywords.push(theory.header.visionKeyword);
        KEYWORDS.set(theory, count = countKeywords(keywords));
    }
    return languageOfCount(count, fallback);
}

/** Finds, in other documents, the elements whose arrows point at a node of this one. */
export type ExternalContributors = (target: ElementNode) => AstNode[];

/** Finds, in other documents, the top-level measurements (`meting I 2026-06 20`) of an indicator of this one. */
export type ExternalMeasurements = (indicator: Indicator) => TopMeasurement[];

/** `fallback`: the language when no keyword tells (an empty file): the file name's, or the editor's. */
export function buildTheoryModel(document: LangiumDocument<Theory>, langOverride?: Lang, externalContributors?: ExternalContributors,
    externalMeasurements?: ExternalMeasurements, fallback: Lang = 'en'): TheoryModel {
    const theory = document.parseResult.value;
    const elements: ModelElement[] = [];
    const byNode = new Map<AstNode, ModelElement>();
    const externals: ModelElement[] = [];
    const contributions: Contribution[] = [];

    // Ids are unique: the diagram, the preview and every export key elements by id, so two elements with
    // one id would be drawn as one. A name is its own id (stable across edits); only a second element
    // with a name already taken gets a qualified one (see uniqueId).
    const usedIds = new Set<string>();
    const uniqueId = (wanted: string, qualifier: () => string): string => {
        let id = wanted;
        if (usedIds.has(id)) id = `${qualifier()}:${wanted}`;
        for (let n = 2; usedIds.has(id); n++) id = `${qualifier()}:${wanted}~${n}`;
        usedIds.add(id);
        return id;
    };
    const add = (node: ElementNode, parent: ModelElement | undefined, index: number): ModelElement => {
        const kind = kindOf(node)!;
        // A name written twice in one file (a duplicate-name error) is still two elements.
        const id = uniqueId(node.name ?? `${parent ? parent.id + '.' : ''}${kind}${index + 1}`, () => fileName(document.uri.path));
        const el: ModelElement = { id, kind, name: node.name, description: node.description, node, parent, children: [] };
        parent?.children.push(el);
        elements.push(el);
        byNode.set(node, el);
        return el;
    };

    // Where the parser tripped: an element starting at such a token is one the parser's recovery made up
    // (`tussendoel resultaat "…"`), unless the token starts the next line after an unfinished one: that
    // element was written, and losing it would lose work (`actie Koffie KT ->` above `actie Bezoek …`).
    const errorOffsets = new Set(document.parseResult.parserErrors.filter(e => !isUnfinishedLine(e)).map(e => e.token.startOffset));
    const visit = (node: ElementNode, parent: ModelElement | undefined, index: number): void => {
        // A challenge, goal, subgoal or action without a name is a half-typed one the parser recovered:
        // the syntax error already speaks for it, so checks should not add their own noise.
        if (!node.name && !isResult(node) && !isIndicator(node)) return;
        if (errorOffsets.size > 0 && node.$cstNode && errorOffsets.has(node.$cstNode.offset)) return;
        const el = add(node, parent, index);
        // Children in the order they are written (the grammar keeps subgoals, actions and results apart).
        let children: ElementNode[] = [];
        if (isGoal(node) || isSubgoal(node)) children.push(...node.subgoals, ...node.actions);
        if (isGoal(node) || isSubgoal(node) || isAction(node)) children.push(...node.results);
        if (children.length > 1) {
            // Each offset once: a composite CST node finds its offset by walking to its first token.
            const offsets = new Map(children.map(c => [c, c.$cstNode?.offset ?? 0]));
            children = children.sort((a, b) => offsets.get(a)! - offsets.get(b)!);
        }
        const counters = new Map<string, number>();
        for (const child of children) {
            const kind = kindOf(child)!;
            const i = counters.get(kind) ?? 0;
            counters.set(kind, i + 1);
            visit(child, el, i);
        }
        if (isResult(node)) {
            node.indicators.forEach((ind, i) => visit(ind, el, i));
        }
    };
    theory.elements.forEach((e, i) => visit(e, undefined, i));

    const resolve = (target: AstNode): ModelElement | undefined => {
        const local = byNode.get(target);
        if (local) return local;
        const kind = kindOf(target);
        const named = target as ElementNode;
        if (!kind || !named.name) return undefined;
        const external = AstUtils.getDocument(target);
        // Another file's element with a name this file uses too (its own shadows the imported one): qualified by its file.
        const el: ModelElement = {
            id: uniqueId(named.name, () => fileName(external.uri.path)), kind, name: named.name, description: named.description, node: named, children: [],
            external,
        };
        byNode.set(target, el);
        externals.push(el);
        return el;
    };

    for (const el of [...elements]) {
        const node = el.node;
        if (isSubgoal(node) || isAction(node)) {
            if (el.parent && (el.parent.kind === 'goal' || el.parent.kind === 'subgoal')) {
                contributions.push({ from: el, to: el.parent, implicit: true });
            }
        }
        if (isGoal(node) || isSubgoal(node) || isAction(node)) {
            node.targets.forEach((ref, index) => {
                // Parser recovery can leave a hole where a reference was being typed.
                const target = ref?.ref;
                const to = target ? resolve(target) : undefined;
                if (to) contributions.push({ from: el, to, implicit: false, index });
            });
        }
    }

    // Arrows from importing files into this one: a goal there may address a challenge here.
    if (externalContributors) {
        for (const el of [...elements]) {
            if (el.kind !== 'challenge' && el.kind !== 'goal' && el.kind !== 'subgoal') continue;
            for (const source of externalContributors(el.node)) {
                const from = resolve(source);
                if (from && from.external) contributions.push({ from, to: el, implicit: false });
            }
        }
    }

    const outgoing = new Map<ModelElement, Contribution[]>();
    const incoming = new Map<ModelElement, Contribution[]>();
    for (const c of contributions) {
        (outgoing.get(c.from) ?? outgoing.set(c.from, []).get(c.from)!).push(c);
        (incoming.get(c.to) ?? incoming.set(c.to, []).get(c.to)!).push(c);
    }

    // Measurements: nested ones, then top-level `meting Indicator DATE VALUE` (which may point into an import).
    const measurements = new Map<ModelElement, MeasurementValue[]>();
    const pushMeasurement = (indicator: ModelElement, m: Omit<MeasurementValue, 'indicator'>) => {
        // `meting 5` without its date is a syntax error, half parsed: it says nothing about when, so it gives no status.
        if (!m.date) return;
        (measurements.get(indicator) ?? measurements.set(indicator, []).get(indicator)!).push({ ...m, indicator });
    };
    for (const el of elements) {
        if (isIndicator(el.node)) {
            for (const m of el.node.measurements) {
                pushMeasurement(el, { date: m.date, value: m.value, percent: m.percent, unit: unitText(m.unit), node: m });
            }
            // Written in a file that imports this one: it counts here too (the latest date decides).
            for (const m of externalMeasurements?.(el.node) ?? []) {
                pushMeasurement(el, { date: m.date, value: m.value, percent: m.percent, unit: unitText(m.unit), node: m });
            }
        }
    }
    for (const m of theory.measurements) {
        const target = m.indicator?.ref;
        const indicator = target ? byNode.get(target) ?? resolve(target) : undefined;
        if (indicator) pushMeasurement(indicator, { date: m.date, value: m.value, percent: m.percent, unit: unitText(m.unit), node: m });
    }
    for (const list of measurements.values()) {
        // Stable sort: equal dates keep text order, so the one written last counts as latest.
        list.sort((a, b) => dateKey(a.date).localeCompare(dateKey(b.date)));
    }

    const statusCache = new Map<ModelElement, ResultStatus>();
    const statusOf = (result: ModelElement): ResultStatus => {
        const cached = statusCache.get(result);
        if (cached) return cached;
        const status = computeStatus(result, r => measurements.get(r) ?? []);
        statusCache.set(result, status);
        return status;
    };

    let reaching: Map<ModelElement, ModelElement[]> | undefined;
    const actionsReaching = (el: ModelElement): ModelElement[] => {
        if (!reaching) {
            reaching = new Map();
            for (const action of [...elements, ...externals].filter(e => e.kind === 'action')) {
                const seen = new Set<ModelElement>();
                const stack = [action];
                while (stack.length > 0) {
                    for (const c of outgoing.get(stack.pop()!) ?? []) {
                        if (seen.has(c.to)) continue;
                        seen.add(c.to);
                        stack.push(c.to);
                        (reaching.get(c.to) ?? reaching.set(c.to, []).get(c.to)!).push(action);
                    }
                }
            }
        }
        return reaching.get(el) ?? [];
    };

    const lang = langOverride ?? theoryLanguage(theory, fallback);
    return {
        document, theory, lang, elements, externals, contributions,
        elementOf: node => byNode.get(node),
        outgoing: el => outgoing.get(el) ?? [],
        incoming: el => incoming.get(el) ?? [],
        measurementsOf: ind => measurements.get(ind) ?? [],
        statusOf,
        actionsReaching,
    };
}

/** The last segment of a path: `plannen/doelen.toc` -> `doelen.toc`. */
function fileName(path: string): string {
    return path.slice(path.lastIndexOf('/') + 1);
}

function computeStatus(result: ModelElement, measurementsOf: (indicator: ModelElement) => MeasurementValue[]): ResultStatus {
    const node = result.node as Result;
    // A norm still as the template wrote it is no norm yet: no status is judged against it.
    const normNode = node.norms.find(n => !isPlaceholderNorm(n));
    const norm: NormValue | undefined = normNode && {
        operator: normalizeOperator(normNode.operator),
        value: normNode.value,
        percent: normNode.percent,
        unit: unitText(normNode.unit),
        deadline: normNode.deadline,
        node: normNode,
    };
    let latest: MeasurementValue | undefined;
    for (const indicator of result.children) {
        for (const m of measurementsOf(indicator)) {
            if (m.date && !isRealDate(m.date)) continue; // reported by norm-out-of-range; it cannot be "the latest"
            if (!latest || dateKey(m.date) >= dateKey(latest.date)) latest = m;
        }
    }
    // 34 families say nothing about a norm of 30%: a measurement in another unit leaves the result unmeasured.
    // A number the parser could not read is undefined or NaN: nothing to compare.
    if (!norm || !latest || !Number.isFinite(latest.value) || !Number.isFinite(norm.value) || !comparable(norm, latest)) {
        return { state: 'not-measured', norm, latest };
    }
    return { state: compare(latest.value, norm.operator, norm.value) ? 'met' : 'not-met', norm, latest };
}
