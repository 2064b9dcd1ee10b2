#!/usr/bin/env node
/**
 * Deterministic theory generator for the benchmarks.
 *
 *   node bench/generate.mjs --nodes 1000 [--seed 1] [--lang nl|en]   > theory.toc
 *   node bench/generate.mjs --lines 20000 [--seed 1]                   > theory.toc
 *
 * The shape follows seed 003: a few challenges, more goals, subgoals under the goals, actions (half
 * written inside their subgoal, half at top level with `->`), results under the actions with a norm,
 * indicators under the results with a measurement or two. Descriptions are 3–12 words. Every arrow points
 * to an element created earlier, so contributions never run in a circle. About 1.3 diagram edges per node.
 */
import { pathToFileURL } from 'node:url';

/** Share of each kind among the diagram's nodes (challenge, goal, subgoal, action, result, indicator). */
export const MIX = { challenge: 0.02, goal: 0.07, subgoal: 0.18, action: 0.3, result: 0.25, indicator: 0.18 };
/** The kinds the diagram draws as boxes; `nodes` counts these. Results and indicators are cards inside an owner's box. */
export const DIAGRAM_KINDS = ['challenge', 'goal', 'subgoal', 'action'];

const WORDS_NL = ('jonge gezinnen buurt kennen elkaar steun vinden erkenning rechten ouders kinderen school '
    + 'ontmoeting plaats gesprek maand spelnamiddag vrijwilligers buurtwerker samenwerking huis kind advies '
    + 'opvoeding financiën administratie bevraging aanwezig zorgen vragen thema ouderschap netwerk wijk '
    + 'armoede eenzaamheid welzijn jongeren senioren toegang diensten partners zichtbaar laagdrempelig '
    + 'vertrouwen deelnemen groeien samen leren sterker ondersteunen bereiken beter elke week').split(' ');
const WORDS_EN = ('young families neighbourhood know each other support find recognition rights parents children '
    + 'school meeting place talk month play afternoon volunteers community worker partnership house child '
    + 'advice parenting finances paperwork survey present worries questions theme network district poverty '
    + 'loneliness wellbeing youth seniors access services partners visible welcoming trust take part grow '
    + 'together learn stronger support reach better every week').split(' ');

const KW = {
    nl: {
        challenge: 'uitdaging', goal: 'doel', subgoal: 'tussendoel', action: 'actie', result: 'resultaat',
        indicator: 'indicator', measurement: 'meting', owner: 'trekker', by: 'tegen', horizons: ['KT', 'MLT', 'LT'],
        title: 'theorie', vision: 'visie',
    },
    en: {
        challenge: 'challenge', goal: 'goal', subgoal: 'subgoal', action: 'action', result: 'result',
        indicator: 'indicator', measurement: 'measurement', owner: 'owner', by: 'by', horizons: ['ST', 'MT', 'LT'],
        title: 'theory', vision: 'vision',
    },
};

/** mulberry32: small, fast, deterministic. */
function rng(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

/**
 * A theory with `nodes` diagram nodes. Returns { text, stats }; stats counts elements per kind, arrows,
 * diagram edges (contributions plus result and indicator links when those are drawn) and lines.
 */
export function generateTheory({ nodes, seed = 1, lang = 'nl', kinds = DIAGRAM_KINDS, extraArrows = 0.28 } = {}) {
    const random = rng(seed * 7919 + nodes);
    const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
    const pick = arr => arr[Math.floor(random() * arr.length)];
    const kw = KW[lang];
    const words = lang === 'nl' ? WORDS_NL : WORDS_EN;
    const describe = () => {
        const n = int(3, 12);
        const w = [];
        for (let i = 0; i < n; i++) w.push(pick(words));
        w[0] = w[0][0].toUpperCase() + w[0].slice(1);
        return `"${w.join(' ')}."`;
    };

    // How many of each kind: shares renormalised over the kinds that count as diagram nodes.
    const counted = kinds.reduce((s, k) => s + MIX[k], 0);
    const count = {};
    for (const k of Object.keys(MIX)) count[k] = Math.max(1, Math.round((MIX[k] / counted) * nodes));
    // Fix rounding so the counted kinds sum to exactly `nodes`.
    const sum = () => kinds.reduce((s, k) => s + count[k], 0);
    while (sum() > nodes) count.action--;
    while (sum() < nodes) count.action++;

    const names = { challenge: 'Uitdaging', goal: 'Doel', subgoal: 'Tussendoel', action: 'Actie', result: 'Resultaat', indicator: 'Indicator' };
    if (lang === 'en') Object.assign(names, { challenge: 'Challenge', goal: 'Goal', subgoal: 'Subgoal', action: 'Action', result: 'Result', indicator: 'Indicator' });
    let arrows = 0;
    let implicit = 0;

    const challenges = Array.from({ length: count.challenge }, (_, i) => `${names.challenge}${i + 1}`);
    const goals = Array.from({ length: count.goal }, (_, i) => ({ name: `${names.goal}${i + 1}`, subgoals: [], actions: [], results: [] }));
    // Subgoals: each under a goal, a quarter of them under an earlier subgoal of the same goal.
    const subgoals = [];
    for (let i = 0; i < count.subgoal; i++) {
        const goal = i < goals.length ? goals[i] : pick(goals);
        const siblings = subgoals.filter(s => s.goal === goal && s.depth < 2);
        const parent = siblings.length > 0 && random() < 0.25 ? pick(siblings) : undefined;
        const s = { name: `${names.subgoal}${i + 1}`, goal, parent, depth: parent ? parent.depth + 1 : 1, subgoals: [], actions: [], results: [], targets: [] };
        (parent ?? goal).subgoals.push(s);
        subgoals.push(s);
    }
    // Some subgoals also contribute to an earlier subgoal of another goal.
    for (const s of subgoals) {
        const earlier = subgoals.slice(0, subgoals.indexOf(s)).filter(o => o.goal !== s.goal);
        if (earlier.length > 0 && random() < extraArrows * 0.5) s.targets.push(pick(earlier).name);
    }
    // Actions: half nested in a subgoal, half at top level with arrows; some with a second target.
    const actions = [];
    const topActions = [];
    const chainTargets = subgoals.length > 0 ? subgoals : goals;
    for (let i = 0; i < count.action; i++) {
        const a = { name: `${names.action}${i + 1}`, horizon: pick(kw.horizons), targets: [], results: [] };
        const home = pick(chainTargets);
        if (random() < 0.5) home.actions.push(a); else { a.targets.push(home.name); topActions.push(a); }
        if (random() < extraArrows * 2) {
            const other = pick(chainTargets);
            if (other !== home && !a.targets.includes(other.name)) a.targets.push(other.name);
        }
        actions.push(a);
    }
    // Results: most under actions, some under subgoals or goals; indicators under results.
    const results = [];
    for (let i = 0; i < count.result; i++) {
        const r = { name: `${names.result}${i + 1}`, indicators: [] };
        const owner = random() < 0.85 ? pick(actions) : pick(random() < 0.7 ? chainTargets : goals);
        owner.results.push(r);
        results.push(r);
    }
    for (let i = 0; i < count.indicator; i++) {
        pick(results).indicators.push({ name: `${names.indicator}${i + 1}`, measurements: int(0, 2) });
    }

    const out = [];
    out.push(`// Generated by bench/generate.mjs: ${nodes} diagram nodes, seed ${seed}.`);
    out.push(`${kw.title} "Benchmark ${nodes}"`);
    out.push(`${kw.vision} ${describe()}`);
    out.push('');
    for (const c of challenges) out.push(`${kw.challenge} ${c} ${describe()}`);
    out.push('');

    const writeResult = (r, pad) => {
        const norm = random() < 0.9;
        if (!norm && r.indicators.length === 0) { out.push(`${pad}${kw.result} ${r.name} ${describe()}`); return; }
        out.push(`${pad}${kw.result} ${r.name} ${describe()} {`);
        if (norm) {
            const pct = int(20, 90);
            out.push(`${pad}    norm >= ${pct}%${random() < 0.4 ? ` ${kw.by} 202${int(6, 9)}-${String(int(1, 12)).padStart(2, '0')}` : ''}`);
        }
        for (const ind of r.indicators) {
            if (ind.measurements === 0) { out.push(`${pad}    ${kw.indicator} ${ind.name} ${describe()}`); continue; }
            out.push(`${pad}    ${kw.indicator} ${ind.name} ${describe()} {`);
            for (let m = 0; m < ind.measurements; m++) out.push(`${pad}        ${kw.measurement} 2026-${String(3 + m * 6).padStart(2, '0')} ${int(10, 95)}%`);
            out.push(`${pad}    }`);
        }
        out.push(`${pad}}`);
    };
    const writeAction = (a, pad) => {
        arrows += a.targets.length;
        const head = `${pad}${kw.action} ${a.name} ${a.horizon}${a.targets.length ? ` -> ${a.targets.join(', ')}` : ''} ${describe()}`;
        const owner = random() < 0.5;
        if (a.results.length === 0 && !owner) { out.push(head); return; }
        out.push(`${head} {`);
        if (owner) out.push(`${pad}    ${kw.owner} "${pick(words)}"`);
        for (const r of a.results) writeResult(r, pad + '    ');
        out.push(`${pad}}`);
    };
    const writeSubgoal = (s, pad) => {
        implicit++;
        arrows += s.targets.length;
        const head = `${pad}${kw.subgoal} ${s.name}${s.targets.length ? ` -> ${s.targets.join(', ')}` : ''} ${describe()}`;
        if (s.subgoals.length + s.actions.length + s.results.length === 0) { out.push(head); return; }
        out.push(`${head} {`);
        for (const c of s.subgoals) writeSubgoal(c, pad + '    ');
        for (const a of s.actions) { implicit++; writeAction(a, pad + '    '); }
        for (const r of s.results) writeResult(r, pad + '    ');
        out.push(`${pad}}`);
    };
    for (const g of goals) {
        const targets = [pick(challenges)];
        if (challenges.length > 1 && random() < extraArrows) {
            const other = pick(challenges);
            if (!targets.includes(other)) targets.push(other);
        }
        arrows += targets.length;
        out.push(`${kw.goal} ${g.name} -> ${targets.join(', ')} ${describe()} {`);
        for (const s of g.subgoals) writeSubgoal(s, '    ');
        for (const a of g.actions) { implicit++; writeAction(a, '    '); }
        for (const r of g.results) writeResult(r, '    ');
        out.push('}');
        out.push('');
    }
    for (const a of topActions) writeAction(a, '');
    out.push('');
    const text = out.join('\n');

    // Diagram edges are the contributions (results and indicators are drawn inside their owner's box).
    const edges = arrows + implicit;
    return {
        text,
        stats: {
            nodes: sum(), ...count, arrows, implicit, contributions: arrows + implicit, edges,
            edgesPerNode: +(edges / sum()).toFixed(2), lines: out.length,
        },
    };
}

/** A theory of about `lines` lines (within a few lines): the node count that gives that length. */
export function generateText({ lines, seed = 1, lang = 'nl' }) {
    let nodes = Math.max(10, Math.round(lines / 2));
    let best;
    for (let i = 0; i < 12; i++) {
        best = generateTheory({ nodes, seed, lang });
        const ratio = best.stats.lines / lines;
        if (Math.abs(ratio - 1) < 0.005) break;
        nodes = Math.max(10, Math.round(nodes / ratio));
    }
    return best;
}

function main(argv) {
    const arg = name => {
        const i = argv.indexOf(`--${name}`);
        return i >= 0 ? argv[i + 1] : undefined;
    };
    const seed = Number(arg('seed') ?? 1);
    const lang = arg('lang') ?? 'nl';
    const result = arg('lines')
        ? generateText({ lines: Number(arg('lines')), seed, lang })
        : generateTheory({ nodes: Number(arg('nodes') ?? 200), seed, lang });
    process.stdout.write(result.text);
    process.stderr.write(JSON.stringify(result.stats) + '\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main(process.argv.slice(2));
