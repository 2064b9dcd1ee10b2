#!/usr/bin/env node
/**
 * The benchmark runner: `npm run bench` (every size, writes bench/results.md and bench/results.json)
 * or `npm run bench -- --quick` (the smallest size of each, under a minute, writes to bench/.work/).
 *
 *   --quick         smallest sizes, fewer runs
 *   --only a,b      run only some measurements: diagnostics, diagram, completion, render, stability, firstPicture, previewOpen, plan, coldStart
 *   --out DIR       where to write results.md and results.json
 *   --merge         keep the other measurements of the existing results.json (with --only)
 *   --max-nodes N   skip the diagram, completion and render sizes above N nodes (listed as skipped)
 *   --against BIN   coldStart also times another build's packages/cli/bin/toc.cjs (an older checkout), as "before"
 *   --against-server BIN   completion also asks another build's packages/language/bin/toc-language-server.cjs,
 *                   request for request with this one's, as the baseline
 *
 * Each measurement runs in a fresh child process (bench/suites/*.mjs) that prints one JSON line, so
 * one size's heap and JIT state never colour the next. Wall-clock times are what a user waits; the
 * on-CPU times next to them are what the same work costs on an idle machine (this one is shared).
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { loadAverage } from './lib/cpu.mjs';
import { ROOT, WORK } from './lib/work.mjs';
import { scaling } from './lib/scaling.mjs';
import { writeReport } from './report.mjs';

const { values } = parseArgs({ options: { quick: { type: 'boolean' }, only: { type: 'string' }, out: { type: 'string' }, merge: { type: 'boolean' }, 'max-nodes': { type: 'string' }, against: { type: 'string' }, 'against-server': { type: 'string' } } });
const maxNodes = values['max-nodes'] ? Number(values['max-nodes']) : Infinity;
const quick = values.quick ?? false;
const only = values.only ? new Set(values.only.split(',')) : undefined;
const outDir = path.resolve(values.out ?? (quick ? WORK : path.join(ROOT, 'bench')));

const PLAN = quick
    ? {
        diagnostics: [{ lines: 2000, runs: 8, warmup: 3 }],
        diagram: [{ nodes: 50, runs: 3, warmup: 1, edit: 'description' }, { nodes: 50, runs: 3, warmup: 1, edit: 'arrow' }],
        completion: [{ nodes: 50, runs: 5 }],
        render: [{ nodes: 50, runs: 1 }],
        stability: [{ nodes: '50', examples: 'no' }],
        firstPicture: [{ nodes: 50, style: 'compact' }],
        previewOpen: [{ nodes: 50, delay: 0, runs: 1 }],
        plan: [{ lines: 2000, runs: 1 }],
        coldStart: [{ runs: 2 }],
    }
    : {
        diagnostics: [{ lines: 2000, runs: 30, warmup: 10 }, { lines: 20000, runs: 6, warmup: 2 }],
        // Two edits: a letter in a description (the last layout is reused when no box changes size) and an
        // arrow removed (ELK runs). 10 warm-ups at 200 nodes: the preview's worker lives as long as the
        // panel, and ELK is steady only after about ten layouts; the first, cold, edit is reported too.
        diagram: [
            { nodes: 50, runs: 10, warmup: 3, edit: 'description' }, { nodes: 50, runs: 10, warmup: 3, edit: 'arrow' },
            { nodes: 200, runs: 10, warmup: 10, edit: 'description' }, { nodes: 200, runs: 10, warmup: 10, edit: 'arrow' },
            { nodes: 1000, runs: 3, warmup: 1, edit: 'description' }, { nodes: 1000, runs: 3, warmup: 1, edit: 'arrow' },
            { nodes: 3000, runs: 1, warmup: 0, edit: 'arrow', limit: 900 },
        ],
        completion: [{ nodes: 1000, runs: 20 }],
        render: [{ nodes: 50, runs: 5 }, { nodes: 200, runs: 3 }, { nodes: 1000, runs: 2 }, { nodes: 3000, runs: 1, timeout: 300 }],
        stability: [{ nodes: '50,200', examples: 'yes' }],
        firstPicture: [50, 300, 1000].flatMap(nodes => [{ nodes, style: 'compact' }, { nodes, style: 'details' }]),
        // The same in Chromium with the preview's bundle: the model at once, and 1 s after the panel opened.
        previewOpen: [50, 300, 1000].flatMap(nodes => [{ nodes, delay: 0, runs: 3 }, { nodes, delay: 1000, runs: 3 }]),
        // toc plan must grow with the file as toc check does (issue 13): four sizes, each 4× the last.
        plan: [{ lines: 2000, runs: 2 }, { lines: 8000, runs: 2 }, { lines: 32000, runs: 1 }, { lines: 128000, runs: 1 }],
        coldStart: [{ runs: 7 }],
    };
const TIMEOUT_S = quick ? 120 : 2400;

/** `limit` (seconds) caps one suite run; the other keys are the suite's own options. */
function runSuite(name, { limit = TIMEOUT_S, ...args }) {
    const script = path.join(import.meta.dirname, 'suites', `${name.replace(/[A-Z]/g, c => `-${c.toLowerCase()}`)}.mjs`);
    const argv = Object.entries(args).flatMap(([k, v]) => [`--${k}`, String(v)]);
    return new Promise(resolve => {
        const started = performance.now();
        const load = loadAverage();
        const child = spawn(process.execPath, [script, ...argv], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
        let stdout = '', stderr = '';
        child.stdout.on('data', d => { stdout += d; });
        child.stderr.on('data', d => { stderr += d; });
        const timer = setTimeout(() => child.kill('SIGKILL'), limit * 1000);
        child.on('exit', (code, signal) => {
            clearTimeout(timer);
            const seconds = Math.round((performance.now() - started) / 100) / 10;
            const line = stdout.trim().split('\n').pop();
            let result;
            try { result = JSON.parse(line); } catch { /* below */ }
            const meta = { args, seconds, loadBefore: load, loadAfter: loadAverage() };
            if (code === 0 && result && !result.partial) resolve({ ...meta, ...result });
            else {
                // A suite that ran out of time may have printed what it measured so far (a partial line).
                const message = stderr.split('\n').find(l => /Error\b/.test(l)) ?? stderr.trim().split('\n').slice(-1)[0];
                const error = signal === 'SIGKILL' ? `timed out after ${limit} s` : `exit ${code}: ${message}`;
                resolve({ ...meta, ...(result?.partial ? result : {}), error });
            }
        });
    });
}

const started = new Date();
const previous = values.merge && fs.existsSync(path.join(outDir, 'results.json')) ? JSON.parse(fs.readFileSync(path.join(outDir, 'results.json'), 'utf8')) : {};
// What --merge keeps was measured in an earlier run: the report says which sections, and when.
const kept = Object.keys(previous).filter(k => Array.isArray(previous[k]) && k !== 'skipped' && !(only?.has(k)));
const results = {
    ...previous,
    keptFrom: kept.length ? { date: previous.keptFrom?.date ?? previous.date, commit: previous.keptFrom?.commit ?? previous.commit, sections: kept } : undefined,
    // When and at which commit each section last ran: --merge keeps sections of different runs.
    ranAt: { ...previous.ranAt, ...Object.fromEntries(Object.keys(PLAN).filter(k => !only || only.has(k)).map(k => [k, { date: started.toISOString(), commit: undefined }])) },
    date: started.toISOString(),
    quick,
    machine: { node: process.version, cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memGb: Math.round(os.totalmem() / 2 ** 30), loadAtStart: loadAverage() },
    commit: await gitCommit(),
    skipped: undefined,
};
for (const k of Object.keys(results.ranAt)) if (results.ranAt[k].commit === undefined) results.ranAt[k].commit = results.commit;
for (const [name, sizes] of Object.entries(PLAN)) {
    if (only && !only.has(name)) continue;
    results[name] = [];
    for (const args of sizes) {
        if (args.nodes > maxNodes) {
            results.skipped = [...(results.skipped ?? []), `${name} at ${args.nodes.toLocaleString('en')} nodes (--max-nodes ${maxNodes})`];
            continue;
        }
        process.stderr.write(`bench: ${name} ${JSON.stringify(args)} ... `);
        const r = await runSuite(name, name === 'coldStart' && values.against ? { ...args, against: path.resolve(values.against) }
            : name === 'completion' && values['against-server'] ? { ...args, 'baseline-server': path.resolve(values['against-server']) } : args);
        process.stderr.write(r.error ? `failed (${r.error})\n` : `${r.seconds} s\n`);
        results[name].push(r);
        save(true); // after every size, so a long run that is stopped still leaves its numbers
    }
}
save(false);

function save(inProgress) {
    results.exponents = scaling(results);
    results.seconds = Math.round((Date.now() - started.getTime()) / 1000);
    results.inProgress = inProgress || undefined;
    fs.mkdirSync(outDir, { recursive: true });
    fs.writeFileSync(path.join(outDir, 'results.json'), JSON.stringify(results, null, 2) + '\n');
    writeReport(results, path.join(outDir, 'results.md'));
}
process.stderr.write(`bench: wrote ${path.relative(process.cwd(), path.join(outDir, 'results.md'))} and results.json in ${results.seconds} s\n`);
const failed = Object.values(results).filter(Array.isArray).flat().filter(r => r.error);
process.exitCode = failed.length ? 1 : 0;

async function gitCommit() {
    return new Promise(resolve => {
        const c = spawn('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] });
        let s = '';
        c.stdout.on('data', d => { s += d; });
        c.on('exit', () => resolve(s.trim() || undefined));
        c.on('error', () => resolve(undefined));
    });
}
