#!/usr/bin/env node
/**
 * The benchmark runner: `npm run bench` (every size, writes bench/results.md and bench/results.json)
 * or `npm run bench -- --quick` (the smallest size of each, under a minute, writes to bench/.work/).
 *
 *   --quick         smallest sizes, fewer runs
 *   --only a,b      run only some measurements: diagnostics, diagram, completion, render
 *   --out DIR       where to write results.md and results.json
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
import { exponents } from './lib/stats.mjs';
import { writeReport } from './report.mjs';

const { values } = parseArgs({ options: { quick: { type: 'boolean' }, only: { type: 'string' }, out: { type: 'string' } } });
const quick = values.quick ?? false;
const only = values.only ? new Set(values.only.split(',')) : undefined;
const outDir = path.resolve(values.out ?? (quick ? WORK : path.join(ROOT, 'bench')));

const PLAN = quick
    ? {
        diagnostics: [{ lines: 2000, runs: 8, warmup: 3 }],
        diagram: [{ nodes: 50, runs: 3, warmup: 1 }],
        completion: [{ nodes: 50, runs: 5 }],
        render: [{ nodes: 50, runs: 1 }],
    }
    : {
        diagnostics: [{ lines: 2000, runs: 30, warmup: 10 }, { lines: 20000, runs: 10, warmup: 3 }],
        diagram: [{ nodes: 50, runs: 10, warmup: 3 }, { nodes: 200, runs: 10, warmup: 3 }, { nodes: 1000, runs: 3, warmup: 1 }, { nodes: 3000, runs: 1, warmup: 0 }],
        completion: [{ nodes: 1000, runs: 20 }],
        render: [{ nodes: 50, runs: 5 }, { nodes: 200, runs: 3 }, { nodes: 1000, runs: 2 }, { nodes: 3000, runs: 1 }],
    };
const TIMEOUT_S = quick ? 120 : 2400;

function runSuite(name, args) {
    const script = path.join(import.meta.dirname, 'suites', `${name}.mjs`);
    const argv = Object.entries(args).flatMap(([k, v]) => [`--${k}`, String(v)]);
    return new Promise(resolve => {
        const started = performance.now();
        const load = loadAverage();
        const child = spawn(process.execPath, [script, ...argv], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
        let stdout = '', stderr = '';
        child.stdout.on('data', d => { stdout += d; });
        child.stderr.on('data', d => { stderr += d; });
        const timer = setTimeout(() => child.kill('SIGKILL'), TIMEOUT_S * 1000);
        child.on('exit', (code, signal) => {
            clearTimeout(timer);
            const seconds = Math.round((performance.now() - started) / 100) / 10;
            const line = stdout.trim().split('\n').pop();
            let result;
            try { result = JSON.parse(line); } catch { /* below */ }
            const meta = { args, seconds, loadBefore: load, loadAfter: loadAverage() };
            if (code === 0 && result) resolve({ ...meta, ...result });
            else resolve({ ...meta, error: signal === 'SIGKILL' ? `timed out after ${TIMEOUT_S} s` : `exit ${code}: ${stderr.trim().split('\n').slice(-4).join(' | ')}` });
        });
    });
}

const started = new Date();
const results = {
    date: started.toISOString(),
    quick,
    machine: { node: process.version, cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memGb: Math.round(os.totalmem() / 2 ** 30), loadAtStart: loadAverage() },
    commit: await gitCommit(),
};
for (const [name, sizes] of Object.entries(PLAN)) {
    if (only && !only.has(name)) continue;
    results[name] = [];
    for (const args of sizes) {
        process.stderr.write(`bench: ${name} ${JSON.stringify(args)} ... `);
        const r = await runSuite(name, args);
        process.stderr.write(r.error ? `failed (${r.error})\n` : `${r.seconds} s\n`);
        results[name].push(r);
    }
}
results.exponents = scaling(results);
results.seconds = Math.round((Date.now() - started.getTime()) / 1000);

fs.mkdirSync(outDir, { recursive: true });
fs.writeFileSync(path.join(outDir, 'results.json'), JSON.stringify(results, null, 2) + '\n');
writeReport(results, path.join(outDir, 'results.md'));
process.stderr.write(`bench: wrote ${path.relative(process.cwd(), path.join(outDir, 'results.md'))} and results.json in ${results.seconds} s\n`);
const failed = Object.values(results).filter(Array.isArray).flat().filter(r => r.error);
process.exitCode = failed.length ? 1 : 0;

/** Log-log slopes between consecutive sizes, per measurement. */
function scaling(r) {
    const ok = list => (list ?? []).filter(x => !x.error);
    const out = {};
    const d = ok(r.diagnostics);
    if (d.length > 1) {
        out['edit -> diagnostics (wall)'] = exponents(d.map(x => [x.lines, x.lsp.p50]));
        out['edit -> diagnostics (server CPU)'] = exponents(d.map(x => [x.lines, x.lspCpu.p50]));
        out['parse alone'] = exponents(d.map(x => [x.lines, x.parseCpu.p50]));
        out['server peak memory'] = exponents(d.map(x => [x.lines, x.serverPeakMb]));
    }
    const g = ok(r.diagram);
    if (g.length > 1) {
        out['edit -> diagram (CPU)'] = exponents(g.map(x => [x.nodes, x.cpu.p50]));
        for (const phase of ['build', 'layout', 'svg']) out[`edit -> diagram: ${phase}`] = exponents(g.map(x => [x.nodes, x.phases[phase].p50]));
    }
    const rr = ok(r.render);
    if (rr.length > 1) {
        for (const tool of ['toc', 'dot', 'mermaid']) {
            const pts = rr.filter(x => x.tools[tool]?.time).map(x => [x.nodes, x.tools[tool].time.p50]);
            if (pts.length > 1) out[`render: ${rr[0].tools[tool].name}`] = exponents(pts);
        }
    }
    return out;
}

async function gitCommit() {
    return new Promise(resolve => {
        const c = spawn('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] });
        let s = '';
        c.stdout.on('data', d => { s += d; });
        c.on('exit', () => resolve(s.trim() || undefined));
        c.on('error', () => resolve(undefined));
    });
}
