/**
 * (a) edit -> diagnostics over LSP stdio, and (e) the server's peak memory.
 *
 *   node bench/suites/diagnostics.mjs --lines 2000 --runs 20 --warmup 5 [--server-args="--max-semi-space-size=2"] (default: the extension's)
 *
 * Spawns the language server, opens a generated theory, then repeats four small edits near the middle
 * of the text: type a letter in a description, remove it, break a reference (`-> Tussendoel7x`, one
 * more error), repair it. Each edit is timed from sending didChange to receiving publishDiagnostics;
 * the next edit waits for those. The error count is checked after every edit, so a late or early
 * diagnostics message cannot be mistaken for the edit's. Baseline in the same process: Langium's
 * parser alone (createTocServices + parser.LangiumParser.parse) on the same text, and a full
 * in-process build (parse, link, checks) for the breakdown. The edits alternate, a round of four at a
 * time, between a plain LSP client and a client with the diagram open (`toc/watchModel`), for which the
 * server also builds and sends the live model (`toc/model`) after each edit; the time until it arrives
 * is reported, and each edit waits for it, so every edit starts on an idle server. Prints one JSON line.
 */
import { parseArgs } from 'node:util';
import { LspClient, SERVER_NODE_ARGS } from '../lsp-client.mjs';
import { repeat, summary } from '../lib/stats.mjs';
import { theoryFile } from '../lib/work.mjs';
import { mainThreadCpuMs, threadCpuMs } from '../lib/cpu.mjs';

const { values } = parseArgs({ options: { lines: { type: 'string' }, runs: { type: 'string' }, warmup: { type: 'string' }, 'server-args': { type: 'string' } } });
const lines = Number(values.lines ?? 2000);
const runs = Number(values.runs ?? 20);
const warmup = Number(values.warmup ?? 5);

const { file, dir, text, stats } = theoryFile({ lines });
const textLines = text.split('\n');

/** The line nearest the middle that matches `re`, and the match. */
function nearMiddle(re) {
    const mid = Math.floor(textLines.length / 2);
    for (let d = 0; d < textLines.length; d++) {
        for (const i of [mid + d, mid - d]) {
            const m = re.exec(textLines[i] ?? '');
            if (m) return { line: i, m };
        }
    }
    throw new Error(`no line matches ${re}`);
}
const desc = nearMiddle(/"[A-Z]/);
const descAt = { line: desc.line, character: desc.m.index + 1 };
const ref = nearMiddle(/-> ([A-Za-z]+\d+)/);
const refAt = { line: ref.line, character: ref.m.index + ref.m[0].length };

const errors = ds => ds.filter(d => d.severity === 1).length;
const at = (p, len = 0) => ({ start: p, end: { line: p.line, character: p.character + len } });

// Node flags for the server process (e.g. heap sizes), to measure their effect on memory and speed.
// Without --server-args, the options the extension starts the server with; --server-args="" for none.
const serverArgs = values['server-args']?.split(' ').filter(Boolean) ?? SERVER_NODE_ARGS;
const client = await LspClient.start({ cwd: dir, nodeArgs: serverArgs });
const tOpen = performance.now();
const uri = await client.open(file);
const openMs = performance.now() - tOpen;
const baseErrors = errors(client.lastDiagnostics.get(uri) ?? []);

const edits = [
    { name: 'type a letter in a description', range: at(descAt), text: 'x', errors: baseErrors },
    { name: 'remove it', range: at(descAt, 1), text: '', errors: baseErrors },
    { name: 'break a reference', range: at(refAt), text: 'x', errors: baseErrors + 1 },
    { name: 'repair it', range: at(refAt, 1), text: '', errors: baseErrors },
];
/**
 * Rounds of the four edits, first as a plain LSP client (what other editors are), then with the
 * diagram open (`toc/watchModel`: the server also builds and sends the live model after each edit),
 * alternating, so both see the same machine and the same warmth.
 */
const plain = { ms: [], cpu: [] }, diagram = { ms: [], cpu: [], model: [] };
async function edit(e, into) {
    const c0 = mainThreadCpuMs(client.pid);
    const { ms, diagnostics, modelMs: m } = await client.change(uri, e.range, e.text);
    into.cpu.push(mainThreadCpuMs(client.pid) - c0);
    into.ms.push(ms);
    if (into.model && m !== undefined) into.model.push(m);
    if (errors(diagnostics) !== e.errors) throw new Error(`after "${e.name}" expected ${e.errors} errors, got ${errors(diagnostics)}`);
}
const rounds = Math.ceil((warmup + runs) / edits.length);
for (let r = 0; r < rounds; r++) {
    client.watchModel(false);
    for (const e of edits) await edit(e, plain);
    client.watchModel(true);
    for (const e of edits) await edit(e, diagram);
}
const serverPeakMb = client.peakRssMb();
const serverRssMb = client.rssMb();
await client.stop();

// Baselines in this process: the parser alone, and a full build (parse + link + checks).
const { services, build } = await import('../lib/language.mjs');
const toc = services();
const parser = toc.parser.LangiumParser;
const parseCpu = [];
const parse = await repeat(() => {
    const t0 = performance.now(), c0 = threadCpuMs();
    const r = parser.parse(text);
    if (r.parserErrors.length) throw new Error('generated text does not parse');
    parseCpu.push(threadCpuMs() - c0);
    return performance.now() - t0;
}, { warmup: warmup * 2, runs });
const full = await repeat(async () => {
    const t0 = performance.now();
    await build(toc, text);
    return performance.now() - t0;
}, { warmup, runs: Math.max(3, Math.round(runs / 2)) });

const parseCpuSummary = summary(parseCpu.slice(warmup * 2));
const ratio = (a, b) => Math.round((a / b) * 100) / 100;
/** Wall and CPU per edit, after the warm-up, and their ratios to parsing alone. */
function measured(m) {
    const lsp = summary(m.ms.slice(warmup)), cpu = summary(m.cpu.slice(warmup));
    return { lsp, lspCpu: cpu, ratio: ratio(lsp.p50, summary(parse).p50), ratioCpu: ratio(cpu.p50, parseCpuSummary.p50) };
}
const result = {
    lines: textLines.length, nodes: stats.nodes, baseErrors, serverArgs: serverArgs.length ? serverArgs : undefined,
    openMs: Math.round(openMs),
    // A plain LSP client; on-CPU time of the server's main thread per edit: what an idle machine would show.
    ...measured(plain),
    parse: summary(parse), parseCpu: parseCpuSummary, build: summary(full),
    // With the diagram open; the server CPU includes the live model, `model` is until it arrives.
    diagram: { ...measured(diagram), model: summary(diagram.model.slice(warmup)) },
    serverPeakMb: serverPeakMb && Math.round(serverPeakMb), serverRssMb: serverRssMb && Math.round(serverRssMb),
};
process.stdout.write(JSON.stringify(result) + '\n');
