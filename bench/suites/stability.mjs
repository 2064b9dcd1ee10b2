/**
 * (f) Steady while typing: how far the boxes that did not change move when one element is added,
 * removed or retargeted, in the preview's layout path (TheoryJson -> toDiagramGraph -> prepareLayout ->
 * LayoutMemo -> ELK -> applyElkResult), for each way of seeding the next layout with the last one
 * (LayoutMemo's `steady`: 'off' is every layout from scratch, the baseline). Also: edge crossings of
 * the result next to Graphviz dot on the same graph (same boxes, same sizes), and the drawing's size.
 *
 *   node bench/suites/stability.mjs [--nodes 50,200] [--examples yes]
 *
 * Prints one JSON line.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { build, language, services } from '../lib/language.mjs';
import { generateTheory } from '../generate.mjs';
import { ROOT } from '../lib/work.mjs';

const { values } = parseArgs({ options: { nodes: { type: 'string' }, examples: { type: 'string' } } });
const sizes = (values.nodes ?? '').split(',').filter(Boolean).map(Number);
const diagram = await import('toc-diagram');
const ELK = (await import('elkjs/lib/elk.bundled.js')).default;
const elk = new ELK();
const MODES = ['off', 'order', 'interactive'];
const EXAMPLES = ['zorgzame-buurt.toc', 'in-z-plus.toc', 'in-zetje.toc', 'ervaring-werkt.toc', 'english/neighbourhood-care.toc'];
const DOT = '/usr/bin/dot';

async function jsonOf(text) {
    const toc = services();
    const doc = await build(toc, text);
    return language.theoryToJson(toc.model.TheoryModelProvider.modelOf(doc), doc.diagnostics ?? []);
}

const clone = t => JSON.parse(JSON.stringify(t));
const R = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
const newAction = lang => ({ id: 'NieuweActie', kind: 'action', name: 'NieuweActie', description: lang === 'nl' ? 'Een nieuwe actie.' : 'A new action.', horizon: 'short', horizonLabel: lang === 'nl' ? 'KT' : 'ST', partners: [], steps: [], assumptions: [], results: [], range: R });

/** The five edits, as the model the preview receives after them (the new action is written last, as at the end of the file). */
function edits(t) {
    const targets = t.elements.filter(e => e.kind === 'subgoal' && !e.external);
    const aims = targets.length ? targets : t.elements.filter(e => e.kind === 'goal' && !e.external);
    const actions = t.elements.filter(e => e.kind === 'action' && !e.external);
    const mid = actions[Math.floor(actions.length / 2)];
    const add = to => {
        const u = clone(t);
        u.elements.push(newAction(t.lang));
        if (to) u.contributions.push({ from: 'NieuweActie', to, implicit: false });
        return { model: u, changed: 'NieuweActie' };
    };
    const removed = clone(t);
    removed.elements = removed.elements.filter(e => e.id !== mid.id);
    removed.contributions = removed.contributions.filter(c => c.from !== mid.id && c.to !== mid.id);
    const retargeted = clone(t);
    const c = retargeted.contributions.find(x => x.from === mid.id);
    const other = aims.find(a => a.id !== c?.to && !retargeted.contributions.some(x => x.from === mid.id && x.to === a.id));
    if (c && other) c.to = other.id;
    return {
        'add, aimed at the first subgoal': add(aims[0].id),
        'add, aimed at the last subgoal': add(aims[aims.length - 1].id),
        'add, no target yet': add(undefined),
        'remove one action': { model: removed, changed: mid.id },
        'retarget one action': { model: retargeted, changed: mid.id },
    };
}

const median = xs => { const s = [...xs].sort((a, b) => a - b); return s.length ? (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2 : 0; };

async function layout(model, memo, direction) {
    const graph = diagram.toDiagramGraph(model);
    const prepared = diagram.prepareLayout(graph, { direction });
    const result = prepared.elkGraph.children.length ? await memo.layout(elk, prepared.elkGraph) : { id: 'root', children: [], edges: [] };
    return diagram.applyElkResult(prepared, result);
}

function displacement(before, after, changed) {
    const was = new Map(before.nodes.map(n => [n.node.id, n]));
    const moves = [];
    for (const n of after.nodes) {
        const b = was.get(n.node.id);
        if (!b || n.node.id === changed) continue;
        moves.push(Math.hypot(n.x - b.x, n.y - b.y));
    }
    const width = median(before.nodes.map(n => n.content.width));
    return { mean: moves.reduce((s, m) => s + m, 0) / Math.max(1, moves.length) / width, max: Math.max(0, ...moves) / width, boxes: moves.length };
}

/** Proper crossings between segments of edges that share no box. */
function crossings(edges) {
    const segs = edges.map(e => ({ from: e.from, to: e.to, s: e.points.slice(1).map((p, i) => [e.points[i], p]) }));
    const cross = ([a, b], [c, d]) => {
        const o = (p, q, r) => Math.sign((q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x));
        return o(a, b, c) * o(a, b, d) < 0 && o(c, d, a) * o(c, d, b) < 0;
    };
    let n = 0;
    for (let i = 0; i < segs.length; i++) {
        for (let j = i + 1; j < segs.length; j++) {
            const A = segs[i], B = segs[j];
            if (A.from === B.from || A.to === B.to || A.from === B.to || A.to === B.from) continue;
            if (A.s.some(s => B.s.some(t => cross(s, t)))) n++;
        }
    }
    return n;
}

/** dot on the same boxes (sizes in inches) and arrows; its edges as polylines through their control points. */
function dotCrossings(l) {
    if (!fs.existsSync(DOT)) return undefined;
    const q = s => JSON.stringify(s);
    const lines = ['digraph G {', `rankdir=${l.direction === 'down' ? 'TB' : 'LR'}; node [shape=box, fixedsize=true];`];
    for (const n of l.nodes) lines.push(`${q(n.node.id)} [width=${n.content.width / 72}, height=${n.content.height / 72}];`);
    for (const e of l.edges) lines.push(`${q(e.edge.from)} -> ${q(e.edge.to)};`);
    lines.push('}');
    const r = spawnSync(DOT, ['-Tplain'], { input: lines.join('\n'), encoding: 'utf8' });
    if (r.status !== 0) return undefined;
    const edges = [];
    for (const line of r.stdout.split('\n')) {
        const m = line.match(/^edge ("(?:[^"\\]|\\.)*"|\S+) ("(?:[^"\\]|\\.)*"|\S+) (\d+) (.*)$/);
        if (!m) continue;
        const k = Number(m[3]);
        const nums = m[4].split(' ').slice(0, 2 * k).map(Number);
        const points = [];
        for (let i = 0; i < k; i++) points.push({ x: nums[2 * i], y: nums[2 * i + 1] });
        edges.push({ from: m[1], to: m[2], points });
    }
    return crossings(edges);
}

async function measure(name, model) {
    const out = { name, boxes: model.elements.length, edits: {} };
    for (const [edit, { model: after, changed }] of Object.entries(edits(model))) {
        const row = {};
        for (const mode of MODES) {
            const memo = new diagram.LayoutMemo({ steady: mode });
            const before = await layout(model, memo, 'right');
            const t0 = performance.now();
            const next = await layout(after, memo, 'right');
            const ms = performance.now() - t0;
            row[mode] = { ...displacement(before, next, changed), crossings: crossings(next.edges.map(e => ({ from: e.edge.from, to: e.edge.to, points: e.points }))), ms: Math.round(ms) };
            if (mode === 'off') row.dot = dotCrossings(next);
        }
        out.edits[edit] = row;
    }
    return out;
}

const results = [];
if (values.examples === 'yes') {
    for (const file of EXAMPLES) results.push(await measure(file, await jsonOf(fs.readFileSync(path.join(ROOT, 'examples', file), 'utf8'))));
}
for (const n of sizes) results.push(await measure(`generated, ${n} boxes`, await jsonOf(generateTheory({ nodes: n, seed: 1 }).text)));

// Drawing size of each example (px, header and legend included), compact and detailed.
const drawings = [];
if (values.examples === 'yes') {
    for (const file of EXAMPLES) {
        const model = await jsonOf(fs.readFileSync(path.join(ROOT, 'examples', file), 'utf8'));
        const size = async (details, direction) => {
            const svg = await diagram.renderTheorySvg(model, { details, direction });
            const m = svg.match(/width="(\d+)" height="(\d+)"/);
            return { width: Number(m[1]), height: Number(m[2]) };
        };
        drawings.push({ name: file, boxes: model.elements.length, compactRight: await size(false, 'right'), compactDown: await size(false, 'down'), detailsRight: await size(true, 'right') });
    }
}
process.stdout.write(JSON.stringify({ modes: MODES, chosen: new diagram.LayoutMemo().steady, theories: results, drawings, readableZoom: diagram.readableZoom(false) }) + '\n');
