/**
 * (g) Time to the first picture: what the preview does when it opens on a theory in a 750×800 panel, in a fresh
 * process (ELK cold, as the preview's worker is when the panel opens). The model is built first and not timed
 * (the language server sends it). Then, timed:
 *   - the provisional picture (above PROVISIONAL_ABOVE boxes): the view for the panel (chooseView), the graph,
 *     sizes, boxes in their columns without ELK (provisionalLayout), SVG;
 *   - the final picture: ELK loaded and run, and, as the preview does at open, again with narrower boxes while
 *     the drawing does not fit (narrowerView), then SVG.
 * In the preview ELK runs in a worker beside the provisional picture; here one after the other, so the final
 * time is the sum (an upper bound).
 *
 *   node bench/suites/first-picture.mjs --nodes 300 --style compact|details
 *
 * Prints one JSON line: both times (wall and this thread's CPU), the phases, the layouts run and the drawing's size.
 */
import { parseArgs } from 'node:util';
import { build, language, services } from '../lib/language.mjs';
import { generateTheory } from '../generate.mjs';
import { threadCpuMs } from '../lib/cpu.mjs';

const PANEL = { width: 750, height: 800 };
const { values } = parseArgs({ options: { nodes: { type: 'string' }, style: { type: 'string' } } });
const nodes = Number(values.nodes ?? 300);
const details = values.style === 'details';
const toc = services();
const doc = await build(toc, generateTheory({ nodes, seed: 1 }).text);
const model = JSON.parse(JSON.stringify(language.theoryToJson(toc.model.TheoryModelProvider.modelOf(doc), doc.diagnostics ?? [])));

const c0 = threadCpuMs();
const t0 = performance.now();
const diagram = await import('toc-diagram/core');
const graphFor = view => diagram.toDiagramGraph(model, { details, boxWidth: view.boxWidth, columnLimit: view.columnLimit });
let view = diagram.chooseView(PANEL.width, PANEL.height, (boxWidth, columnLimit) => graphFor({ boxWidth, columnLimit }), 'auto');
let prepared = diagram.prepareLayout(graphFor(view), { direction: view.direction });
const t1 = performance.now();
let provisional;
if (prepared.graph.nodes.length > diagram.PROVISIONAL_ABOVE) {
    diagram.renderSvg(diagram.provisionalLayout(prepared), { theme: 'light', interactive: true, issues: true });
    provisional = { wall: Math.round(performance.now() - t0), cpu: Math.round(threadCpuMs() - c0) };
}
const t2 = performance.now();
const ELK = (await import('elkjs/lib/elk.bundled.js')).default;
const elk = new ELK();
const t3 = performance.now();
let layouts = 0;
let svg;
for (;;) {
    const result = await new diagram.LayoutMemo().layout(elk, prepared.elkGraph);
    layouts++;
    svg = diagram.renderSvg(diagram.applyElkResult(prepared, result), { theme: 'light', interactive: true, issues: true });
    const [, width, height] = svg.match(/width="(\d+)" height="(\d+)"/).map(Number);
    const next = details ? undefined : diagram.narrowerView(view, { width, height }, PANEL.width, PANEL.height, diagram.DRAWING_MARGIN,
        (boxWidth, columnLimit) => graphFor({ boxWidth, columnLimit }), 'auto');
    if (!next || layouts > diagram.MAX_NARROWINGS) break;
    view = next;
    prepared = diagram.prepareLayout(graphFor(view), { direction: view.direction });
}
const t4 = performance.now();
const cpu = threadCpuMs() - c0;
const [, width, height] = svg.match(/width="(\d+)" height="(\d+)"/).map(Number);
process.stdout.write(JSON.stringify({
    nodes: prepared.graph.nodes.length, style: details ? 'details' : 'compact', panel: `${PANEL.width}x${PANEL.height}`, provisionalAbove: diagram.PROVISIONAL_ABOVE,
    provisional, total: Math.round(t4 - t0), cpu: Math.round(cpu),
    prepare: Math.round(t1 - t0), provisionalDraw: Math.round(t2 - t1), loadElk: Math.round(t3 - t2), layoutAndSvg: Math.round(t4 - t3), layouts,
    width, height,
}) + '\n');
