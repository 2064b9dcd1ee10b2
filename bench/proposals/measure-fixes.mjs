/**
 * In-process build (parse, link, checks) with the current services and with fixes 1–2 of
 * docs/benchmarks.md, on the same generated text; checks that both give the same diagnostics.
 *   node bench/proposals/measure-fixes.mjs [lines...]
 */
import { build, services } from '../lib/language.mjs';
import { threadCpuMs } from '../lib/cpu.mjs';
import { summary } from '../lib/stats.mjs';
import { generateText } from '../generate.mjs';
import { fixedServices } from './fixed-services.mjs';

const sizes = process.argv.slice(2).map(Number);
const out = [];
for (const lines of sizes.length ? sizes : [2000, 20000]) {
    const { text } = generateText({ lines });
    // A reference that fails and one to itself, so the results must agree on errors too.
    const broken = text.replace(/-> (Tussendoel\d+)/, '-> $1x').replace(/tussendoel (Tussendoel\d+) /, 'tussendoel $1 -> $1 ');
    const row = { lines };
    for (const [name, make] of [['current', services], ['fixed', fixedServices]]) {
        const toc = make();
        const cpu = [];
        let diags;
        const times = lines > 5000 ? 4 : 15;
        for (let i = 0; i < times; i++) {
            const c0 = threadCpuMs();
            const doc = await build(toc, i % 2 ? broken : text);
            cpu.push(threadCpuMs() - c0);
            if (i % 2) diags = doc.diagnostics.map(d => `${d.range.start.line}:${d.code}`).sort().join(',');
        }
        row[name] = summary(cpu.slice(2)).p50;
        row[`${name}Diagnostics`] = diags;
    }
    row.same = row.currentDiagnostics === row.fixedDiagnostics;
    delete row.currentDiagnostics;
    delete row.fixedDiagnostics;
    out.push(row);
}
process.stdout.write(JSON.stringify(out) + '\n');
