/**
 * (d) `toc render` as a whole process, against Mermaid's CLI and Graphviz's dot on the same theory.
 *
 *   node bench/suites/render.mjs --nodes 200 --runs 5
 *
 * The peers' input comes from `toc export mermaid|dot` (not timed). Each tool runs as a fresh process,
 * timed from spawn to exit, with its peak memory. Each output is checked: it must hold a box for every
 * diagram node (Mermaid's CLI exits 0 with an error picture when one of its limits is hit). A run that
 * takes longer than 20 s is measured once. Peers that are not installed are reported as skipped.
 * Prints one JSON line.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { spawnSync } from 'node:child_process';
import { measureProcess } from '../lib/proc.mjs';
import { summary } from '../lib/stats.mjs';
import { ROOT, theoryFile, WORK } from '../lib/work.mjs';

const { values } = parseArgs({ options: { nodes: { type: 'string' }, runs: { type: 'string' }, timeout: { type: 'string' } } });
const nodes = Number(values.nodes ?? 200);
const runs = Number(values.runs ?? 5);
const timeoutMs = Number(values.timeout ?? 600) * 1000;

const TOC = path.join(ROOT, 'packages/cli/bin/toc.cjs');
const MMDC = path.join(WORK, 'tools/node_modules/.bin/mmdc');
const CHROMIUM = '/usr/bin/chromium';
const DOT = '/usr/bin/dot';

const { file, dir } = theoryFile({ nodes });

function exportTo(format) {
    const out = path.join(dir, `theory.${format === 'mermaid' ? 'mmd' : 'dot'}`);
    const r = spawnSync(process.execPath, [TOC, 'export', format, file, '-o', out], { encoding: 'utf8' });
    if (r.status !== 0 || !fs.existsSync(out)) throw new Error(`toc export ${format} failed: ${r.stderr}`);
    return out;
}

const count = (text, re) => (text.match(re) ?? []).length;

/** One tool: warm-up run, then `runs` measured ones (one only when a run takes over 20 s). */
async function tool(name, cmd, args, svg, nodesIn) {
    const results = [];
    let error;
    for (let i = 0; i < runs + 1; i++) {
        fs.rmSync(svg, { force: true });
        const r = await measureProcess(cmd, args, { cwd: dir, timeoutMs });
        if (r.timedOut) { error = `timed out after ${timeoutMs / 1000} s`; break; }
        if (r.code !== 0) { error = `exit ${r.code}: ${r.stderr.trim().split('\n').slice(-3).join(' ')}`; break; }
        const text = fs.existsSync(svg) ? fs.readFileSync(svg, 'utf8') : '';
        const drawn = nodesIn(text);
        if (drawn < nodes) { error = `the picture holds ${drawn} of ${nodes} nodes`; break; }
        results.push(r);
        if (r.ms > 20_000) break; // slow: this run is the measurement
    }
    if (error) return { name, error, partial: results.length ? summary(results.map(r => r.ms)) : undefined };
    const measured = results.length > 1 ? results.slice(1) : results;
    return {
        name,
        time: summary(measured.map(r => r.ms)),
        cpu: summary(measured.map(r => r.cpuMs ?? NaN)),
        maxRssMb: Math.max(...measured.map(r => r.maxRssMb ?? 0)) || undefined,
        treeRssMb: Math.max(...measured.map(r => r.treeRssMb)),
        svgKb: Math.round(fs.statSync(svg).size / 1024),
    };
}

const out = { nodes, tools: {} };
out.tools.toc = await tool('toc render', process.execPath, [TOC, 'render', file, '-o', path.join(dir, 'toc.svg')], path.join(dir, 'toc.svg'),
    t => count(t, /class="toc-node[ "]/g));

if (fs.existsSync(DOT)) {
    const input = exportTo('dot');
    out.tools.dot = await tool('dot -Tsvg', DOT, ['-Tsvg', input, '-o', path.join(dir, 'dot.svg')], path.join(dir, 'dot.svg'),
        t => count(t, /class="node"/g));
} else {
    out.tools.dot = { name: 'dot -Tsvg', skipped: 'graphviz is not installed (apt-get install -y graphviz)' };
}

if (fs.existsSync(MMDC) && fs.existsSync(CHROMIUM)) {
    const input = exportTo('mermaid');
    const puppeteer = path.join(WORK, 'puppeteer.json');
    fs.writeFileSync(puppeteer, JSON.stringify({ executablePath: CHROMIUM, headless: 'shell', args: ['--no-sandbox', '--disable-setuid-sandbox', '--disable-gpu', '--headless'] }));
    const config = path.join(WORK, 'mermaid.json');
    fs.writeFileSync(config, JSON.stringify({ maxTextSize: 100_000_000, maxEdges: 1_000_000 }));
    out.tools.mermaid = await tool('mmdc (Mermaid CLI)', MMDC, ['-q', '-p', puppeteer, '-c', config, '-i', input, '-o', path.join(dir, 'mermaid.svg')], path.join(dir, 'mermaid.svg'),
        t => /Syntax error|Maximum text size|Too many edges/i.test(t) ? 0 : count(t, /class="node /g));
} else {
    out.tools.mermaid = { name: 'mmdc (Mermaid CLI)', skipped: fs.existsSync(CHROMIUM) ? 'not installed (see docs/benchmarks.md)' : '/usr/bin/chromium is not installed' };
}

process.stdout.write(JSON.stringify(out) + '\n');
