/**
 * (g) Time to the first picture: what the preview does when it opens on a theory, in a fresh process
 * (ELK cold, as the preview's worker is when the panel opens): TheoryJson -> diagram graph -> sized ELK
 * graph -> ELK -> SVG. The model is built first and not timed (the language server sends it).
 *
 *   node bench/suites/first-picture.mjs --nodes 300 --style compact|details
 *
 * Prints one JSON line: the total and its phases, and the drawing's size.
 */
import { parseArgs } from 'node:util';
import { build, language, services } from '../lib/language.mjs';
import { generateTheory } from '../generate.mjs';
import { threadCpuMs } from '../lib/cpu.mjs';

const { values } = parseArgs({ options: { nodes: { type: 'string' }, style: { type: 'string' } } });
const nodes = Number(values.nodes ?? 300);
const details = values.style === 'details';
const toc = services();
const doc = await build(toc, generateTheory({ nodes, seed: 1 }).text);
const model = JSON.parse(JSON.stringify(language.theoryToJson(toc.model.TheoryModelProvider.modelOf(doc), doc.diagnostics ?? [])));

const c0 = threadCpuMs();
const t0 = performance.now();
const diagram = await import('toc-diagram');
const ELK = (await import('elkjs/lib/elk.bundled.js')).default;
const elk = new ELK();
const t1 = performance.now();
const graph = diagram.toDiagramGraph(model, { details });
const prepared = diagram.prepareLayout(graph, { direction: 'right' });
const t2 = performance.now();
const result = await new diagram.LayoutMemo().layout(elk, prepared.elkGraph);
const t3 = performance.now();
const svg = diagram.renderSvg(diagram.applyElkResult(prepared, result), { theme: 'light' });
const t4 = performance.now();
const cpu = threadCpuMs() - c0;
const [, width, height] = svg.match(/width="(\d+)" height="(\d+)"/).map(Number);
process.stdout.write(JSON.stringify({
    nodes: graph.nodes.length, style: details ? 'details' : 'compact',
    total: Math.round(t4 - t0), cpu: Math.round(cpu), load: Math.round(t1 - t0), prepare: Math.round(t2 - t1), layout: Math.round(t3 - t2), svg: Math.round(t4 - t3),
    width, height,
}) + '\n');
