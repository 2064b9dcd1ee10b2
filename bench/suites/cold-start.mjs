/**
 * (h) A fresh `toc` process per command, as CI and a pre-commit hook run it.
 *
 *   node bench/suites/cold-start.mjs --runs 7 [--against OTHER/packages/cli/bin/toc.cjs]
 *
 * Each command runs with an empty cache folder once (*first*: what the very first run after an install
 * pays) and then `runs` times with the cache that first run left (*second*: what every later run finds).
 * Baseline in the same run: a bare `node -e 0`, what any Node command pays before it does anything;
 * `--against` also times another build of `toc` (an older checkout) on the same inputs, in alternation.
 * Wall and CPU (user + system) time per run; the CPU time is what an idle machine would show.
 * *Batch*: every example drawn by one `toc render examples --out-dir DIR` against one `toc render FILE`
 * process per example (both with the cache a first run left).
 * Prints one JSON line.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { measureProcess } from '../lib/proc.mjs';
import { summary } from '../lib/stats.mjs';
import { ROOT, theoryFile } from '../lib/work.mjs';

const { values } = parseArgs({ options: { runs: { type: 'string' }, nodes: { type: 'string' }, against: { type: 'string' } } });
const runs = Number(values.runs ?? 7);
const nodes = Number(values.nodes ?? 50);
const TOC = path.join(ROOT, 'packages/cli/bin/toc.cjs');
const { file, dir } = theoryFile({ nodes });

const COMMANDS = {
    version: ['--version'],
    check: ['check', file],
    render: ['render', file, '-o', path.join(dir, 'cold.svg')],
};

/** First run with an empty cache folder, then `runs` runs with what it left. */
async function measure(bin, args) {
    const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'toc-cold-'));
    const env = { TOC_CACHE_DIR: cache };
    try {
        const first = await measureProcess(process.execPath, [bin, ...args], { cwd: dir, env });
        if (first.code !== 0) throw new Error(`toc ${args.join(' ')} failed (exit ${first.code}): ${first.stderr}`);
        const later = [];
        for (let i = 0; i < runs; i++) later.push(await measureProcess(process.execPath, [bin, ...args], { cwd: dir, env }));
        return {
            first: { ms: Math.round(first.ms), cpuMs: first.cpuMs },
            second: summary(later.map(r => r.ms)),
            secondCpu: summary(later.map(r => r.cpuMs ?? NaN)),
            maxRssMb: Math.max(...later.map(r => r.maxRssMb ?? 0)) || undefined,
        };
    } finally {
        fs.rmSync(cache, { recursive: true, force: true });
    }
}

const bare = [];
for (let i = 0; i < runs; i++) bare.push(await measureProcess(process.execPath, ['-e', '0'], { cwd: dir }));
const out = { nodes, runs, node: { second: summary(bare.map(r => r.ms)), secondCpu: summary(bare.map(r => r.cpuMs ?? NaN)) }, commands: {} };
for (const [name, args] of Object.entries(COMMANDS)) {
    out.commands[name] = { toc: await measure(TOC, args) };
    if (values.against) out.commands[name].against = await measure(path.resolve(values.against), args);
}

/** The examples: one process for all of them against one per file, alternating, with a warm code cache. */
async function batch() {
    const examples = [];
    const walk = d => { for (const e of fs.readdirSync(d, { withFileTypes: true })) e.isDirectory() ? walk(path.join(d, e.name)) : e.name.endsWith('.toc') && examples.push(path.join(d, e.name)); };
    walk(path.join(ROOT, 'examples'));
    const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'toc-cold-'));
    const env = { TOC_CACHE_DIR: cache };
    const outDir = path.join(dir, 'batch');
    const one = [], each = [];
    try {
        for (let i = 0; i <= runs; i++) {
            fs.rmSync(outDir, { recursive: true, force: true });
            const r = await measureProcess(process.execPath, [TOC, 'render', path.join(ROOT, 'examples'), '--out-dir', outDir], { cwd: dir, env });
            if (r.code !== 0 || fs.readdirSync(outDir).length !== examples.length) throw new Error(`toc render --out-dir failed (exit ${r.code}): ${r.stderr}`);
            const separate = [];
            for (const f of examples) separate.push(await measureProcess(process.execPath, [TOC, 'render', f, '-o', path.join(outDir, 'one.svg')], { cwd: dir, env }));
            if (i === 0) continue; // the first fills the cache
            one.push(r);
            each.push({ ms: separate.reduce((a, x) => a + x.ms, 0), cpuMs: separate.reduce((a, x) => a + (x.cpuMs ?? NaN), 0) });
        }
    } finally {
        fs.rmSync(cache, { recursive: true, force: true });
    }
    return { files: examples.length, batch: summary(one.map(r => r.ms)), batchCpu: summary(one.map(r => r.cpuMs ?? NaN)), perFile: summary(each.map(r => r.ms)), perFileCpu: summary(each.map(r => r.cpuMs)) };
}
out.batch = await batch();
process.stdout.write(JSON.stringify(out) + '\n');
