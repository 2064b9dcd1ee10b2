/**
 * (b) edit -> diagram in one process: the whole path a keystroke takes to a new picture, timed per phase.
 *
 *   node bench/suites/diagram.mjs --nodes 200 --runs 10 --warmup 3 [--edit description|arrow]
 *
 * Each run edits a line near the middle of the text and back: `description` (the default) types (or
 * removes) a letter in a description, which mostly leaves every box its size, so the preview's
 * LayoutMemo reuses the last layout; `arrow` removes (or restores) an arrow, so ELK runs. Then:
 *   build    update the document as the language server does on didChange: parse (only the changed
 *            element), link, check
 *   json     TheoryModel -> TheoryJson (theoryToJson, with the diagnostics as issues)
 *   transfer JSON.stringify + JSON.parse of the model (it crosses server -> extension -> webview)
 *   graph    toDiagramGraph
 *   layout   prepareLayout + ELK (elk.bundled, in this thread; the preview runs the same in a Web Worker),
 *            through a LayoutMemo as the preview does
 *   svg      renderSvg
 * Prints one JSON line with the total and every phase (p50, p90).
 */
import { parseArgs } from 'node:util';
import { MemoryFiles, build, change, language, services } from '../lib/language.mjs';
import { repeat, summary } from '../lib/stats.mjs';
import { theoryFile } from '../lib/work.mjs';
import { threadCpuMs } from '../lib/cpu.mjs';

const { values } = parseArgs({ options: { nodes: { type: 'string' }, runs: { type: 'string' }, warmup: { type: 'string' }, edit: { type: 'string' } } });
const nodes = Number(values.nodes ?? 200);
const runs = Number(values.runs ?? 10);
const warmup = Number(values.warmup ?? 3);
const editKind = values.edit ?? 'description';
if (!['description', 'arrow'].includes(editKind)) throw new Error(`--edit description or arrow, not ${editKind}`);

const diagram = await import('toc-diagram');
const memo = new diagram.LayoutMemo();
const ELK = (await import('elkjs/lib/elk.bundled.js')).default;
const elk = new ELK();

const { text, stats } = theoryFile({ nodes });
const lines = text.split('\n');
const EDIT = editKind === 'arrow'
    ? { find: / -> [A-Za-z0-9_]+/, apply: line => line.replace(/ -> [A-Za-z0-9_]+/, '') }
    : { find: /"[A-Z]/, apply: line => line.replace(/"([A-Z])/, '"x$1') };
const mid = lines.findIndex((l, i) => i >= lines.length / 2 && EDIT.find.test(l));
const files = new MemoryFiles();
const toc = services(files);
const doc = await build(toc, text);

const phases = { build: [], json: [], transfer: [], graph: [], layout: [], svg: [] };
let drawn = 0, svgBytes = 0;
const cpu = [], cpuLayout = [];
let calls = 0, reusedInWarmup = 0, first;
const total = await repeat(async () => {
    if (calls === warmup) reusedInWarmup = memo.counts.reused;
    // Edited and back, run after run (warm-up included), so no run repeats the text of the one before.
    const edited = [...lines];
    if (calls++ % 2 === 0) edited[mid] = EDIT.apply(edited[mid]);
    const c0 = threadCpuMs();
    const t = [performance.now()];
    await change(toc, files, doc, edited.join('\n'));
    t.push(performance.now());
    const json = language.theoryToJson(toc.model.TheoryModelProvider.modelOf(doc), doc.diagnostics ?? []);
    t.push(performance.now());
    const received = JSON.parse(JSON.stringify(json));
    t.push(performance.now());
    const graph = diagram.toDiagramGraph(received, { showResults: true });
    t.push(performance.now());
    const cBefore = threadCpuMs() - c0;
    if (graph.nodes.length !== nodes) throw new Error(`expected ${nodes} diagram nodes, the graph has ${graph.nodes.length}`);

    const c4 = threadCpuMs();
    const layouted = await diagram.layoutDiagram(graph, elk, { direction: 'right', memo });
    const t5 = performance.now(), c5 = threadCpuMs();
    const svg = diagram.renderSvg(layouted, { theme: 'light' });
    const t6 = performance.now(), c6 = threadCpuMs();
    t.push(t5, t6);
    Object.keys(phases).forEach((k, j) => phases[k].push(t[j + 1] - t[j]));
    cpuLayout.push(c5 - c4);
    cpu.push(cBefore + (c6 - c4));
    drawn = graph.nodes.length;
    svgBytes = svg.length;
    first ??= t[6] - t[0];
    return t[6] - t[0];
}, { warmup, runs });

for (const k of Object.keys(phases)) phases[k] = summary(phases[k].slice(warmup));

process.stdout.write(JSON.stringify({
    nodes: drawn, edges: stats.edges, lines: lines.length, svgKb: Math.round(svgBytes / 1024), edit: editKind,
    // The first run, in this fresh process (cold ELK); how many of the measured runs reused the last layout.
    first: Math.round(first),
    reused: memo.counts.reused - reusedInWarmup,
    total: summary(total), cpu: summary(cpu.slice(warmup)), phases,
    layoutCpu: summary(cpuLayout.slice(warmup)),
}) + '\n');
