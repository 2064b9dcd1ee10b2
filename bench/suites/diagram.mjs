/**
 * (b) edit -> diagram in one process: the whole path a keystroke takes to a new picture, timed per phase.
 *
 *   node bench/suites/diagram.mjs --nodes 200 --runs 10 --warmup 3
 *
 * Each run types (or removes) a letter in a description near the middle of the text, then:
 *   build    parse, link and check the document (what the language server does on didChange)
 *   json     TheoryModel -> TheoryJson (theoryToJson, with the diagnostics as issues)
 *   transfer JSON.stringify + JSON.parse of the model (it crosses server -> extension -> webview)
 *   graph    toDiagramGraph
 *   layout   prepareLayout + ELK (elk.bundled, in this thread; the preview runs the same in a Web Worker)
 *   svg      renderSvg
 * Prints one JSON line with the total and every phase (p50, p90).
 */
import { parseArgs } from 'node:util';
import { build, language, services } from '../lib/language.mjs';
import { repeat, summary } from '../lib/stats.mjs';
import { theoryFile } from '../lib/work.mjs';
import { threadCpuMs } from '../lib/cpu.mjs';

const { values } = parseArgs({ options: { nodes: { type: 'string' }, runs: { type: 'string' }, warmup: { type: 'string' } } });
const nodes = Number(values.nodes ?? 200);
const runs = Number(values.runs ?? 10);
const warmup = Number(values.warmup ?? 3);

const diagram = await import('toc-diagram');
const ELK = (await import('elkjs/lib/elk.bundled.js')).default;
const elk = new ELK();

const { text, stats } = theoryFile({ nodes });
const lines = text.split('\n');
const mid = lines.findIndex((l, i) => i >= lines.length / 2 && /"[A-Z]/.test(l));
const toc = services();

const phases = { build: [], json: [], transfer: [], graph: [], layout: [], svg: [] };
let drawn = 0, svgBytes = 0;
const cpu = [], cpuLayout = [];
const total = await repeat(async i => {
    const edited = [...lines];
    if (i % 2 === 0) edited[mid] = edited[mid].replace(/"([A-Z])/, '"x$1');
    const c0 = threadCpuMs();
    const t = [performance.now()];
    const doc = await build(toc, edited.join('\n'));
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
    const layouted = await diagram.layoutDiagram(graph, elk, { direction: 'right' });
    const t5 = performance.now(), c5 = threadCpuMs();
    const svg = diagram.renderSvg(layouted, { theme: 'light' });
    const t6 = performance.now(), c6 = threadCpuMs();
    t.push(t5, t6);
    Object.keys(phases).forEach((k, j) => phases[k].push(t[j + 1] - t[j]));
    cpuLayout.push(c5 - c4);
    cpu.push(cBefore + (c6 - c4));
    drawn = graph.nodes.length;
    svgBytes = svg.length;
    return t[6] - t[0];
}, { warmup, runs });
for (const k of Object.keys(phases)) phases[k] = summary(phases[k].slice(warmup));

process.stdout.write(JSON.stringify({
    nodes: drawn, edges: stats.edges, lines: lines.length, svgKb: Math.round(svgBytes / 1024),
    total: summary(total), cpu: summary(cpu.slice(warmup)), phases,
    layoutCpu: summary(cpuLayout.slice(warmup)),
}) + '\n');
