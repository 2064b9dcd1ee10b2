/**
 * Profiling aid: builds one generated text several times in-process so `node --cpu-prof` sees where
 * parse, link and checks spend their time.  node --cpu-prof --cpu-prof-dir bench/.work/prof bench/profile-build.mjs --lines 20000
 */
import { parseArgs } from 'node:util';
import { build, services } from './lib/language.mjs';
import { generateText } from './generate.mjs';

const { values } = parseArgs({ options: { lines: { type: 'string' }, times: { type: 'string' } } });
const { text } = generateText({ lines: Number(values.lines ?? 20000) });
const toc = services();
for (let i = 0; i < Number(values.times ?? 5); i++) {
    const t0 = performance.now();
    await build(toc, text);
    process.stderr.write(`build ${Math.round(performance.now() - t0)} ms\n`);
}
