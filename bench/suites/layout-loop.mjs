/**
 * Stand-in for the preview's layout worker: lays out one theory's diagram again and again in this
 * process (the preview runs the same ELK code in a Web Worker of the editor's window, another process
 * than the language server). Prints `started` once the first layout begins, then one line per layout.
 *
 *   node bench/suites/layout-loop.mjs FILE
 */
import * as fs from 'node:fs';
import { build, language, services } from '../lib/language.mjs';
import { threadCpuMs } from '../lib/cpu.mjs';

const diagram = await import('toc-diagram');
const ELK = (await import('elkjs/lib/elk.bundled.js')).default;
const elk = new ELK();
const toc = services();
const doc = await build(toc, fs.readFileSync(process.argv[2], 'utf8'));
const graph = diagram.toDiagramGraph(language.theoryToJson(toc.model.TheoryModelProvider.modelOf(doc), doc.diagnostics));
process.stdout.write(`started ${graph.nodes.length}\n`);
for (;;) {
    const t0 = performance.now(), c0 = threadCpuMs();
    await diagram.layoutDiagram(graph, elk, { direction: 'right' });
    process.stdout.write(`layout ${Math.round(performance.now() - t0)} ${Math.round(threadCpuMs() - c0)}\n`);
}
