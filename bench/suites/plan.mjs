/**
 * (h) `toc plan` against `toc check` on the same generated theory, as whole processes: the plan reads
 * the model the checks build, so it must grow with the file as the checks do (it once grew much
 * faster: a filter per goal, 128 s against 5 s for check on a 5 MB file).
 *
 *   node bench/suites/plan.mjs --lines 16000 --runs 2
 *
 * Prints one JSON line: both times (p50 over `runs`, after one warm-up of each) and plan / check.
 */
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { measureProcess } from '../lib/proc.mjs';
import { summary } from '../lib/stats.mjs';
import { ROOT, theoryFile } from '../lib/work.mjs';

const { values } = parseArgs({ options: { lines: { type: 'string' }, runs: { type: 'string' } } });
const lines = Number(values.lines ?? 4000);
const runs = Number(values.runs ?? 2);
const TOC = path.join(ROOT, 'packages/cli/bin/toc.cjs');

const { file, dir, text, stats } = theoryFile({ lines });

async function time(args) {
    const ms = [];
    for (let i = 0; i < runs + 1; i++) {
        const r = await measureProcess(process.execPath, [TOC, ...args, file], { cwd: dir, timeoutMs: 1_800_000 });
        // check exits 1 when the generated theory has errors; plan too (it is still written). 2 is a failure.
        if (r.timedOut || r.code > 1) throw new Error(`toc ${args.join(' ')}: exit ${r.code} ${r.stderr.trim().split('\n').slice(-1)[0] ?? ''}`);
        if (i > 0) ms.push(r.ms);
    }
    return summary(ms);
}

const check = await time(['check']);
const plan = await time(['plan', '--format', 'md']);
process.stdout.write(JSON.stringify({ lines, bytes: Buffer.byteLength(text), goals: stats.goal, check, plan, ratio: plan.p50 / check.p50 }) + '\n');
