/**
 * fast-check arbitraries for the theory-of-change language: VALID theories generated from the grammar
 * (so every one must parse and link without errors), what they are expected to contain (so we can say
 * nothing was lost), and MUTATIONS of them (hostile bytes, spans deleted, duplicated, swapped).
 *
 * The arbitraries produce a *shape* (random choices only); `printTheory` turns a shape into text
 * deterministically. Names are handed out by a counter and arrows are picked by index among the names
 * of the right kind, so a shrunk shape is still a valid theory.
 */
import fc from 'fast-check';
import { ALL_KEYWORDS, EN_TO_NL, HORIZON_WORDS, type EnglishKeyword } from '../../packages/language/src/parser/keywords.js';

// ---------------------------------------------------------------- keywords

/**
 * Every keyword of the grammar: a name must not be one (it would lex as the keyword). From the language's
 * keyword module, which is typed against the grammar: a new keyword cannot be forgotten here.
 */
export const KEYWORDS: ReadonlySet<string> = ALL_KEYWORDS;

type Pair = readonly [en: string, nl: string];
const pair = (en: EnglishKeyword): Pair => [en, EN_TO_NL[en]];
const KW = {
    theory: pair('theory'), vision: pair('vision'), challenge: pair('challenge'), goal: pair('goal'), subgoal: pair('subgoal'),
    action: pair('action'), result: pair('result'), by: pair('by'), baseline: pair('baseline'), measurement: pair('measurement'),
    owner: pair('owner'), priority: pair('priority'), step: pair('step'), assumption: pair('assumption'),
} satisfies Record<string, Pair>;
const HORIZONS = [...HORIZON_WORDS];
const PRIORITIES = (['high', 'medium', 'low'] as const).flatMap(p => pair(p));
const OPERATORS = ['>=', '<=', '>', '<', '=', '≥', '≤'] as const;
/** Name stems, accented ones too (the grammar's ID takes Latin-1 and Latin Extended letters). */
const STEMS = ['Buurt', 'Financiën', 'Één', 'Zorg', 'Gezin', 'Ontmoeting', 'Ærø', 'Łódź', 'Ĳsbaan', 'Ṭest', '_intern', 'x', 'Aanspreekpunt'];
const UNIT_WORDS = ['gezinnen', 'ouders', 'sessies', 'keer', 'Euro', 'uren', 'deelnemers'];

// ---------------------------------------------------------------- shapes

export interface TextShape { value: string }
export interface PropsShape {
    owner?: [number, string];
    partners: string[];
    priority?: number;
    steps: Array<[number, string]>;
    assumptions: Array<[number, string]>;
}
export interface QuantityShape { value: string; percent: boolean; units: number[] }
export interface NormShape extends QuantityShape { operator?: number; deadline?: [number, string] }
export interface MeasurementShape extends QuantityShape { kw: number; date: string }
export interface IndicatorShape {
    named: boolean; description?: string; props: PropsShape;
    baseline?: QuantityShape & { kw: number; date?: string };
    measurements: MeasurementShape[];
}
export interface ResultShape {
    kw: number; named: boolean; description?: string; props: PropsShape;
    norm?: NormShape; indicators: IndicatorShape[];
}
export interface ElementShape {
    kind: 'challenge' | 'goal' | 'subgoal' | 'action';
    kw: number; stem: number; description?: string; props: PropsShape;
    horizon?: number;
    /** Arrow picks: indexes into the names of the kinds this element may point to. */
    arrows: number[];
    children: ElementShape[];
    results: ResultShape[];
}
export interface TopMeasurementShape extends MeasurementShape { pick: number }
export interface TheoryShape {
    header?: { kw: number; title: string; vision?: [number, string] };
    /** Import a second generated theory (`lib.toc`) whose names arrows may also use. */
    lib?: Omit<TheoryShape, 'lib'>;
    missingImport: boolean;
    elements: ElementShape[];
    topMeasurements: TopMeasurementShape[];
    /** Where comments go and which line breaks join the lines. */
    comments: string[];
    newline: '\n' | '\r\n';
}

/** Text for strings: printable Unicode, quotes, backslashes, line breaks, emoji, bidi controls. */
export const stringContent: fc.Arbitrary<string> = fc.string({
    unit: fc.oneof(
        { weight: 6, arbitrary: fc.constantFrom(...'abcdefghij klmnopqrs tuvwxyz ABC éëïöü ÉÈ 0123456789.,;:!?()[]{}-_/%€'.split('')) },
        { weight: 2, arbitrary: fc.constantFrom('"', '\\', '\n', '\r\n', '\t', '\'', '<', '>', '&', '//', '/*', '*/', '{', '}', '->') },
        { weight: 1, arbitrary: fc.constantFrom('😀', '👨‍👩‍👧', '\u200D', '\u202E', '\u202D', '\u2066', '\u00A0', '\u2028', '\u2029', '\uFEFF', '𝔘', '中文', 'ﷺ') },
        { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 1 }) },
    ),
    maxLength: 40,
});

/** A comment's text: line comments hold no line break, block comments no `*\/`. */
const commentArb = fc.oneof(
    stringContent.map(s => `// ${s.replace(/[\r\n\u2028\u2029]/g, ' ')}`),
    stringContent.map(s => `/* ${s.replace(/\*\//g, '* /')} */`),
);

const kwArb = fc.integer({ min: 0, max: 1 });
const descArb = fc.option(stringContent, { nil: undefined, freq: 3 });

const propsArb: fc.Arbitrary<PropsShape> = fc.record({
    owner: fc.option(fc.tuple(kwArb, stringContent), { nil: undefined, freq: 3 }),
    partners: fc.array(stringContent, { maxLength: 2 }),
    priority: fc.option(fc.nat(PRIORITIES.length - 1), { nil: undefined, freq: 3 }),
    steps: fc.array(fc.tuple(kwArb, stringContent), { maxLength: 2 }),
    assumptions: fc.array(fc.tuple(kwArb, stringContent), { maxLength: 2 }),
}, { requiredKeys: ['partners', 'steps', 'assumptions'] });

const numberArb = fc.oneof(
    fc.integer({ min: 0, max: 100 }).map(String),
    fc.tuple(fc.integer({ min: -50, max: 5000 }), fc.integer({ min: 0, max: 99 }), fc.constantFrom('.', ',')).map(([a, b, sep]) => `${a}${sep}${b}`),
);
const dateArb = fc.tuple(fc.integer({ min: 1990, max: 2099 }), fc.integer({ min: 1, max: 12 }), fc.option(fc.integer({ min: 1, max: 28 }), { nil: undefined }))
    .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}${d === undefined ? '' : '-' + String(d).padStart(2, '0')}`);
const measurementArb: fc.Arbitrary<MeasurementShape> = fc.record({
    kw: kwArb, date: dateArb, value: numberArb, percent: fc.boolean(), units: fc.array(fc.nat(UNIT_WORDS.length - 1), { maxLength: 2 }),
});
const normArb: fc.Arbitrary<NormShape> = fc.record({
    operator: fc.option(fc.nat(OPERATORS.length - 1), { nil: undefined }),
    value: numberArb, percent: fc.boolean(), units: fc.array(fc.nat(UNIT_WORDS.length - 1), { maxLength: 2 }),
    deadline: fc.option(fc.tuple(kwArb, dateArb), { nil: undefined }),
}, { requiredKeys: ['value', 'percent', 'units'] });
const indicatorArb: fc.Arbitrary<IndicatorShape> = fc.record({
    named: fc.boolean(), description: descArb, props: propsArb,
    baseline: fc.option(fc.record({
        kw: kwArb, date: fc.option(dateArb, { nil: undefined }), value: numberArb, percent: fc.boolean(),
        units: fc.array(fc.nat(UNIT_WORDS.length - 1), { maxLength: 2 }),
    }, { requiredKeys: ['kw', 'value', 'percent', 'units'] }), { nil: undefined }),
    measurements: fc.array(measurementArb, { maxLength: 3 }),
}, { requiredKeys: ['named', 'props', 'measurements'] });
const resultArb: fc.Arbitrary<ResultShape> = fc.record({
    kw: kwArb, named: fc.boolean(), description: descArb, props: propsArb,
    norm: fc.option(normArb, { nil: undefined }),
    indicators: fc.array(indicatorArb, { maxLength: 2 }),
}, { requiredKeys: ['kw', 'named', 'props', 'indicators'] });

const leaf = (kind: ElementShape['kind'], depth: number): fc.Arbitrary<ElementShape> => fc.record({
    kind: fc.constant(kind), kw: kwArb, stem: fc.nat(STEMS.length - 1), description: descArb, props: propsArb,
    horizon: kind === 'action' ? fc.option(fc.nat(HORIZONS.length - 1), { nil: undefined, freq: 4 }) : fc.constant(undefined),
    arrows: kind === 'challenge' ? fc.constant([]) : fc.array(fc.nat(), { maxLength: 2 }),
    children: kind === 'goal' || kind === 'subgoal' ? nested(depth) : fc.constant([]),
    results: kind === 'challenge' ? fc.constant([]) : fc.array(resultArb, { maxLength: depth > 1 ? 1 : 2 }),
});

/** Subgoals and actions inside a goal or subgoal, nested up to three levels. */
function nested(depth: number): fc.Arbitrary<ElementShape[]> {
    if (depth >= 3) return fc.constant([]);
    return fc.array(fc.oneof(leaf('subgoal', depth + 1), leaf('action', depth + 1)), { maxLength: 3 - depth });
}

const topElementArb = fc.oneof(leaf('challenge', 0), leaf('goal', 0), leaf('subgoal', 0), leaf('action', 0));

const theoryBody = {
    header: fc.option(fc.record({
        kw: kwArb, title: stringContent, vision: fc.option(fc.tuple(kwArb, stringContent), { nil: undefined }),
    }, { requiredKeys: ['kw', 'title'] }), { nil: undefined, freq: 4 }),
    missingImport: fc.boolean(),
    elements: fc.array(topElementArb, { maxLength: 6 }),
    topMeasurements: fc.array(fc.record({
        kw: kwArb, pick: fc.nat(), date: dateArb, value: numberArb, percent: fc.boolean(),
        units: fc.array(fc.nat(UNIT_WORDS.length - 1), { maxLength: 1 }),
    }), { maxLength: 2 }),
    comments: fc.array(commentArb, { maxLength: 4 }),
    newline: fc.constantFrom<'\n' | '\r\n'>('\n', '\n', '\r\n'),
};

export const theoryShapeArb: fc.Arbitrary<TheoryShape> = fc.record({
    ...theoryBody,
    lib: fc.option(fc.record(theoryBody, { requiredKeys: ['missingImport', 'elements', 'topMeasurements', 'comments', 'newline'] }), { nil: undefined, freq: 4 }),
}, { requiredKeys: ['missingImport', 'elements', 'topMeasurements', 'comments', 'newline'] });

// ---------------------------------------------------------------- printing

/** A string literal for `value`: only `"` and `\` need escaping (strings may span lines). */
export function quote(value: string): string {
    return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** What a printed theory must show again in its TheoryJson: nothing is lost. */
export interface ExpectedElement {
    name: string;
    kind: ElementShape['kind'];
    description?: string;
    parent?: string;
    owner?: string;
    partners: string[];
    steps: string[];
    assumptions: string[];
    horizonLabel?: string;
    results: Array<{ name?: string; description?: string; indicators: Array<{ name?: string; description?: string }> }>;
    /** Arrow targets by name (nesting contributions are implied by `parent`). */
    targets: string[];
}
export interface ExpectedTheory {
    title?: string;
    vision?: string;
    elements: ExpectedElement[];
    /** Files: the main one is `main.toc`; `lib.toc` when imported. */
    files: Record<string, string>;
}

interface Names { used: Set<string>; counter: { n: number } }

function freshName(names: Names, stem: string): string {
    for (;;) {
        const name = `${stem}${names.counter.n++}`;
        if (!KEYWORDS.has(name) && !names.used.has(name)) {
            names.used.add(name);
            return name;
        }
    }
}

interface Planned { shape: ElementShape; name: string; parent?: Planned; depth: number }

/** Prints one file. `external` are names (by kind) from an imported file that arrows may use. */
function printFile(shape: Omit<TheoryShape, 'lib'>, names: Names, importLib: boolean,
    external: Record<string, string[]>, expected: ExpectedElement[]): { text: string; title?: string; vision?: string; indicators: string[] } {
    const nl = shape.newline;
    const lines: string[] = [];
    let commentIndex = 0;
    const maybeComment = (indent: string) => {
        if (commentIndex < shape.comments.length && (lines.length + commentIndex) % 3 === 0) lines.push(indent + shape.comments[commentIndex++]);
    };

    // Plan names first, so arrows may point forward as well as back.
    const planned: Planned[] = [];
    const plan = (el: ElementShape, parent: Planned | undefined, depth: number) => {
        const p: Planned = { shape: el, name: freshName(names, STEMS[el.stem]!), parent, depth };
        planned.push(p);
        el.children.forEach(c => plan(c, p, depth + 1));
    };
    shape.elements.forEach(el => plan(el, undefined, 0));
    const byKind = (kind: string) => [...planned.filter(p => p.shape.kind === kind).map(p => p.name), ...(external[kind] ?? [])];
    const targetsFor = (p: Planned): string[] => {
        const candidates = p.shape.kind === 'goal' ? byKind('challenge')
            : p.shape.kind === 'action' || p.shape.kind === 'subgoal' ? [...byKind('subgoal'), ...byKind('goal')] : [];
        const pool = candidates.filter(n => n !== p.name);
        if (pool.length === 0) return [];
        return [...new Set(p.shape.arrows.map(i => pool[i % pool.length]!))]; // pool is not empty (above)
    };

    if (shape.header) {
        const h = shape.header;
        lines.push(`${KW.theory[h.kw]} ${quote(h.title)}`);
        if (h.vision) lines.push(`${KW.vision[h.vision[0]]} ${quote(h.vision[1])}`);
    }
    maybeComment('');
    if (importLib) lines.push('import "lib.toc"');
    if (shape.missingImport) lines.push('import "missing/elsewhere.toc"');

    const indicatorNames: string[] = [];
    const propLines = (props: PropsShape, indent: string, into: ExpectedElement | undefined) => {
        if (props.owner) lines.push(`${indent}${KW.owner[props.owner[0]]} ${quote(props.owner[1])}`);
        for (const p of props.partners) lines.push(`${indent}partner ${quote(p)}`);
        if (props.priority !== undefined) lines.push(`${indent}${KW.priority[props.priority % 2]} ${PRIORITIES[props.priority]}`);
        for (const [kw, s] of props.steps) lines.push(`${indent}${KW.step[kw]} ${quote(s)}`);
        for (const [kw, s] of props.assumptions) lines.push(`${indent}${KW.assumption[kw]} ${quote(s)}`);
        if (into) {
            into.owner = props.owner?.[1];
            into.partners = [...props.partners];
            into.steps = props.steps.map(s => s[1]);
            into.assumptions = props.assumptions.map(s => s[1]);
        }
    };
    const hasProps = (p: PropsShape) => !!p.owner || p.partners.length > 0 || p.priority !== undefined || p.steps.length > 0 || p.assumptions.length > 0;
    const quantity = (q: QuantityShape) => `${q.value}${q.percent ? '%' : q.units.map(u => ' ' + UNIT_WORDS[u]).join('')}`;

    const printResult = (r: ResultShape, indent: string, into: ExpectedElement) => {
        const name = r.named ? freshName(names, 'Resultaat') : undefined;
        const head = [KW.result[r.kw], name, r.description !== undefined ? quote(r.description) : undefined].filter(Boolean).join(' ');
        const exp: ExpectedElement['results'][number] = { name, description: r.description, indicators: [] };
        into.results.push(exp);
        const body = r.norm || r.indicators.length > 0 || hasProps(r.props);
        if (!body) { lines.push(indent + head); return; }
        lines.push(`${indent}${head} {`);
        const inner = indent + '    ';
        if (r.norm) {
            const n = r.norm;
            const op = n.operator !== undefined ? OPERATORS[n.operator] + ' ' : '';
            const deadline = n.deadline ? ` ${KW.by[n.deadline[0]]} ${n.deadline[1]}` : '';
            lines.push(`${inner}norm ${op}${quantity(n)}${deadline}`);
        }
        for (const ind of r.indicators) {
            const iname = ind.named ? freshName(names, 'Indicator') : undefined;
            if (iname) indicatorNames.push(iname);
            exp.indicators.push({ name: iname, description: ind.description });
            const ihead = ['indicator', iname, ind.description !== undefined ? quote(ind.description) : undefined].filter(Boolean).join(' ');
            if (!ind.baseline && ind.measurements.length === 0 && !hasProps(ind.props)) { lines.push(inner + ihead); continue; }
            lines.push(`${inner}${ihead} {`);
            const i2 = inner + '    ';
            if (ind.baseline) lines.push(`${i2}${KW.baseline[ind.baseline.kw]}${ind.baseline.date ? ' ' + ind.baseline.date : ''} ${quantity(ind.baseline)}`);
            for (const m of ind.measurements) lines.push(`${i2}${KW.measurement[m.kw]} ${m.date} ${quantity(m)}`);
            propLines(ind.props, i2, undefined);
            lines.push(`${inner}}`);
        }
        propLines(r.props, inner, undefined);
        lines.push(`${indent}}`);
    };

    const printElement = (p: Planned, indent: string) => {
        const el = p.shape;
        const targets = targetsFor(p);
        const exp: ExpectedElement = {
            name: p.name, kind: el.kind, description: el.description, parent: p.parent?.name,
            partners: [], steps: [], assumptions: [], results: [], targets,
            horizonLabel: el.horizon !== undefined ? HORIZONS[el.horizon] : undefined,
        };
        expected.push(exp);
        const kw = KW[el.kind][el.kw];
        const head = [kw, p.name, exp.horizonLabel, targets.length ? `-> ${targets.join(', ')}` : undefined,
            el.description !== undefined ? quote(el.description) : undefined].filter(Boolean).join(' ');
        const body = el.children.length > 0 || el.results.length > 0 || hasProps(el.props);
        if (!body) { lines.push(indent + head); propLines(el.props, indent, exp); return; }
        lines.push(`${indent}${head} {`);
        const inner = indent + '    ';
        propLines(el.props, inner, exp);
        maybeComment(inner);
        for (const child of el.children) printElement(planned.find(x => x.shape === child && x.parent === p)!, inner);
        for (const r of el.results) printResult(r, inner, exp);
        lines.push(`${indent}}`);
    };
    for (const p of planned.filter(x => !x.parent)) {
        printElement(p, '');
        maybeComment('');
        lines.push('');
    }
    // Top-level measurements need a named indicator (this file's or the import's).
    const indicators = [...indicatorNames, ...(external.indicator ?? [])];
    if (indicators.length > 0) {
        for (const m of shape.topMeasurements) {
            lines.push(`${KW.measurement[m.kw]} ${indicators[m.pick % indicators.length]} ${m.date} ${quantity(m)}`);
        }
    }
    while (commentIndex < shape.comments.length) lines.push(shape.comments[commentIndex++]!);
    return { text: lines.join(nl) + nl, title: shape.header?.title, vision: shape.header?.vision?.[1], indicators: indicatorNames };
}

/** Shape -> files and what their TheoryJson must hold. */
export function printTheory(shape: TheoryShape): ExpectedTheory {
    const names: Names = { used: new Set(), counter: { n: 1 } };
    const files: Record<string, string> = {};
    const external: Record<string, string[]> = {};
    if (shape.lib) {
        const libExpected: ExpectedElement[] = [];
        const lib = printFile({ ...shape.lib, missingImport: false }, names, false, {}, libExpected);
        files['lib.toc'] = lib.text;
        for (const e of libExpected) (external[e.kind] ??= []).push(e.name);
        external.indicator = lib.indicators;
    }
    const elements: ExpectedElement[] = [];
    const main = printFile(shape, names, !!shape.lib, external, elements);
    files['main.toc'] = main.text;
    return printable({ title: main.title, vision: main.vision, elements, files: { 'main.toc': main.text, ...files } });
}

export const validTheoryArb: fc.Arbitrary<ExpectedTheory> = theoryShapeArb.map(printTheory);

/** Counterexamples print as their files only (JSON-quoted, so every control character shows). */
function printable<T extends { files: Record<string, string> }>(value: T): T {
    Object.defineProperty(value, fc.toStringMethod, { value: () => `files ${JSON.stringify(value.files)}`, enumerable: false });
    return value;
}

// ---------------------------------------------------------------- mutations

/** Characters that break things: NUL, lone surrogates, bidi overrides, BOM, emoji, odd line breaks. */
export const hostileChar = fc.constantFrom(
    '\u0000', '\uD800', '\uDFFF', '\uD83D', '\u202E', '\u202D', '\u2066', '\u2069', '\uFEFF', '\u200B', '\u200D', '😀', '👩‍👩‍👧‍👦',
    '\r', '\r\n', '\n', '\u2028', '\u2029', '\u0085', '\u000B', '\f', '\t', '"', '\\', '{', '}', '->', ',', '%', '/*', '*/', '//',
    '\uFFFD', '\uFFFF', '\u0301', 'İ', 'ß', 'ﬁ', '\u{10FFFF}', '\u{E0001}',
);
const tokenPool = fc.constantFrom(...KEYWORDS, '->', '{', '}', ',', '%', '"', '"x"', 'Naam', '2026-03', '2026-13-45', '12', '-3', '1,5',
    '>=', '≤', '/* x */', '// y\n', 'import "a.toc"', 'import "main.toc"', 'import "lib.toc"', 'norm 200%', 'meting X 2026-01 5');
export const insertion: fc.Arbitrary<string> = fc.oneof(
    { weight: 3, arbitrary: hostileChar },
    { weight: 3, arbitrary: tokenPool.map(t => ` ${t} `) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
    { weight: 1, arbitrary: fc.string({ unit: hostileChar, maxLength: 6 }) },
);

export type Mutation =
    | { op: 'delete'; at: number; length: number }
    | { op: 'insert'; at: number; text: string }
    | { op: 'duplicate'; at: number; length: number; to: number }
    | { op: 'swap'; a: number; b: number; length: number }
    | { op: 'crlf' }
    | { op: 'bom' }
    | { op: 'truncate'; at: number };

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
    { weight: 4, arbitrary: fc.record({ op: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }) },
    { weight: 5, arbitrary: fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: insertion }) },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 200 }), to: fc.nat() }) },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('swap' as const), a: fc.nat(), b: fc.nat(), length: fc.integer({ min: 1, max: 60 }) }) },
    { weight: 1, arbitrary: fc.constant({ op: 'crlf' as const }) },
    { weight: 1, arbitrary: fc.constant({ op: 'bom' as const }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }) },
);

/** Applies a mutation; positions wrap around the text, so any number is a valid position. */
export function mutate(text: string, m: Mutation): string {
    const n = text.length;
    const pos = (x: number) => (n === 0 ? 0 : x % (n + 1));
    switch (m.op) {
        case 'delete': { const a = pos(m.at); return text.slice(0, a) + text.slice(a + m.length); }
        case 'insert': { const a = pos(m.at); return text.slice(0, a) + m.text + text.slice(a); }
        case 'duplicate': { const a = pos(m.at); const span = text.slice(a, a + m.length); const t = pos(m.to); return text.slice(0, t) + span + text.slice(t); }
        case 'swap': {
            let a = pos(m.a), b = pos(m.b);
            if (a > b) [a, b] = [b, a];
            const len = Math.min(m.length, b - a);
            if (len <= 0) return text;
            return text.slice(0, a) + text.slice(b, b + len) + text.slice(a + len, b) + text.slice(a, a + len) + text.slice(b + len);
        }
        case 'crlf': return text.replace(/\r?\n/g, '\r\n');
        case 'bom': return '\uFEFF' + text;
        case 'truncate': return text.slice(0, pos(m.at));
    }
}

export interface MutatedTheory { original: ExpectedTheory; mutations: Mutation[]; files: Record<string, string> }

/** A valid theory with 1 to 6 mutations applied to its main file (and sometimes to the import). */
export const mutatedTheoryArb: fc.Arbitrary<MutatedTheory> = fc.tuple(
    validTheoryArb, fc.array(mutationArb, { minLength: 1, maxLength: 6 }), fc.array(mutationArb, { maxLength: 2 }),
).map(([original, mutations, libMutations]) => {
    const files = { ...original.files };
    files['main.toc'] = mutations.reduce(mutate, files['main.toc']!);
    if (files['lib.toc'] !== undefined) files['lib.toc'] = libMutations.reduce(mutate, files['lib.toc']);
    return printable({ original, mutations, files });
});

/** Arbitrary text, not derived from the grammar at all. */
export const noiseArb: fc.Arbitrary<string> = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.string({ unit: fc.oneof(hostileChar, tokenPool.map(t => ` ${t} `)), maxLength: 60 }),
);
