/**
 * (c) completion latency while a large layout runs.
 *
 *   node bench/suites/completion.mjs --nodes 1000 --runs 20
 *
 * What is measured: the time from sending `textDocument/completion` to the language server (over stdio)
 * until its answer arrives, asking for the targets after `-> ` on a new last line
 * (`actie Nieuw KT -> `) of a generated theory. Three conditions, each `runs` requests, 100 ms apart:
 *   idle         nothing else runs;
 *   layout       a second process (bench/suites/layout-loop.mjs, standing in for the preview's layout
 *                worker) lays out the same theory's diagram in a loop, on the same machine;
 *   type+layout  as `layout`, and each request follows a keystroke (didChange) sent just before it,
 *                in a description halfway up, so it includes the work the server does before it can answer;
 *   typeOwn      the same with the keystroke in the unfinished line itself (its name), the text with
 *                the syntax error: that text is parsed in full.
 * The server itself never lays out: the layout runs in another process, as the preview's worker does.
 *
 *   --baseline-server PATH   another build's server (e.g. a checkout of an earlier commit, built): it is
 *                            started beside this one, gets the same keystrokes, and the requests alternate
 *                            between the two, so both are measured under the same load in the same run.
 * Prints one JSON line.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { LspClient } from '../lsp-client.mjs';
import { summary } from '../lib/stats.mjs';
import { mainThreadCpuMs } from '../lib/cpu.mjs';
import { theoryFile } from '../lib/work.mjs';

const { values } = parseArgs({ options: { nodes: { type: 'string' }, runs: { type: 'string' }, 'baseline-server': { type: 'string' } } });
const nodes = Number(values.nodes ?? 1000);
const runs = Number(values.runs ?? 20);

const { file, dir } = theoryFile({ nodes });
const text = fs.readFileSync(file, 'utf8').replace(/\n*$/, '\n') + 'actie Nieuw KT -> ';
const lines = text.split('\n');
fs.writeFileSync(file, text);
const pos = { line: lines.length - 1, character: lines[lines.length - 1].length };
const descLine = lines.findIndex((l, i) => i > lines.length / 2 && /"[A-Z]/.test(l));
const descAt = { line: descLine, character: lines[descLine].indexOf('"') + 1 };
// In the unfinished line itself: after the `N` of `Nieuw` (the name changes; the names after `->` do not).
const ownAt = { line: pos.line, character: lines[pos.line].indexOf('Nieuw') + 1 };

const sleep = ms => new Promise(r => setTimeout(r, ms));
/** This build's server, and the baseline's when one is given. */
const servers = [];
for (const server of [undefined, values['baseline-server']]) {
    if (server === undefined && servers.length > 0) continue;
    const client = await LspClient.start({ cwd: dir, ...(server ? { server: path.resolve(server) } : {}) });
    // The layout that runs is the diagram's, so the diagram is open: the server builds the live model too.
    client.watchModel(true);
    servers.push({ client, uri: await client.open(file), typed: 0 });
}

/**
 * `runs` requests to one server; with a baseline, each request to this one is followed by one to the baseline.
 * `type`: a keystroke before each request, in a description halfway up (`true`) or in the unfinished line (`'own'`).
 */
async function measure(type) {
    const at = type === 'own' ? ownAt : descAt;
    const out = servers.map(() => []);
    const cpu = servers.map(() => []);
    const items = servers.map(() => 0);
    for (let i = 0; i < runs + 2; i++) {
        for (const [k, s] of servers.entries()) {
            const cpuBefore = mainThreadCpuMs(s.client.pid);
            if (type) {
                const insert = s.typed++ % 2 === 0;
                s.client.changeNoWait(s.uri, { start: at, end: { line: at.line, character: at.character + (insert ? 0 : 1) } }, insert ? 'x' : '');
            }
            // A letter typed before the cursor on its own line moves it along.
            const cursor = type === 'own' && s.typed % 2 === 1 ? { line: pos.line, character: pos.character + 1 } : pos;
            const r = await s.client.completion(s.uri, cursor);
            items[k] = r.items.length;
            if (items[k] === 0) throw new Error('completion returned nothing');
            // The server's main thread from the keystroke to the answer: what an idle machine would take.
            if (i >= 2) { out[k].push(r.ms); cpu[k].push(mainThreadCpuMs(s.client.pid) - cpuBefore); } // the first two are warm-up
            await sleep(100);
        }
    }
    const result = { ...summary(out[0]), items: items[0], cpu: summary(cpu[0]) };
    if (servers.length > 1) {
        if (items[1] !== items[0]) throw new Error(`the baseline server offered ${items[1]} items, this one ${items[0]}`);
        result.baseline = { ...summary(out[1]), cpu: summary(cpu[1]) };
    }
    return result;
}

const idle = await measure(false);
const loop = spawn(process.execPath, [path.join(import.meta.dirname, 'layout-loop.mjs'), file], { stdio: ['ignore', 'pipe', 'inherit'] });
const layouts = [];
let layoutNodes = 0;
await new Promise((resolve, reject) => {
    loop.on('exit', code => reject(new Error(`layout loop exited with ${code}`)));
    loop.stdout.setEncoding('utf8');
    loop.stdout.on('data', chunk => {
        for (const line of chunk.split('\n')) {
            const [word, a, b] = line.split(' ');
            if (word === 'started') { layoutNodes = Number(a); resolve(); }
            if (word === 'layout') layouts.push({ ms: Number(a), cpuMs: Number(b) });
        }
    });
});
await sleep(300);
const during = await measure(false);
const typing = await measure(true);
const typingOwn = await measure('own');
loop.removeAllListeners('exit');
loop.kill();
for (const s of servers) await s.client.stop();

process.stdout.write(JSON.stringify({
    nodes: layoutNodes, idle, layout: during, typeLayout: typing, typeOwnLayout: typingOwn,
    layoutsFinished: layouts.length, layoutMs: layouts[0]?.ms, layoutCpuMs: layouts[0]?.cpuMs,
}) + '\n');
