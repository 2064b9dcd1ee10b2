/** Writes bench/results.md from the results object of bench/run.mjs: targets first, then every table. */
import * as fs from 'node:fs';
import { pictureSections, pictureTargets } from './report-picture.mjs';

const ms = v => (v === undefined || Number.isNaN(v) ? '–' : v >= 10_000 ? `${(v / 1000).toFixed(1)} s` : v >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${Math.round(v)} ms`);
const x = v => (v === undefined || !Number.isFinite(v) ? '–' : `${v.toFixed(v >= 10 ? 0 : 1)}×`);
const ok = list => (list ?? []).filter(r => !r.error);
const find = (list, key, value) => ok(list).find(r => r[key] === value || r.args?.[key] === value);

/** The load averages the runs of a section started and ended at: on a shared machine they explain the wall times. */
const loads = list => {
    const v = ok(list).flatMap(q => [q.loadBefore, q.loadAfter]).filter(Number.isFinite);
    return v.length ? ` Load average during these runs: ${Math.min(...v).toFixed(1)} to ${Math.max(...v).toFixed(1)} (2 cores).` : '';
};

/** Why a target is missed, if it is (docs/benchmarks.md has the profiles, the fixes applied and what is left). */
const LIMITS = {
    diagnostics: 'Per edit the server parses again only the changed element when that is safe (fix 12), then indexes, links and checks the whole document. docs/benchmarks.md.',
    ratio: 'Since fix 12 a keystroke inside an element no longer parses the whole text; what is left per edit is indexing, linking and checking the whole document, and collecting its garbage, which the heap limits of fix 7 make more frequent. docs/benchmarks.md.',
    diagram200: 'ELK is most of it: about 95 ms of CPU at 200 nodes once V8 has optimised it, more while other work runs in the same process (thoroughness 3, orthogonal routing); the rest of the path is about 15 ms. Typing in a description reuses the last layout (fix 14). docs/benchmarks.md.',
    diagram200Text: 'Text edits reuse the last layout unless a box changes size (fix 14). docs/benchmarks.md.',
    diagram1000: 'The ELK layout is most of it (polyline routing, thoroughness 1 above 400 nodes). docs/benchmarks.md.',
    diagram1000Text: 'Text edits reuse the last layout unless a box changes size (fix 14); the rest scales with the document. docs/benchmarks.md.',
    completion: 'Completion waits for a rebuild after a keystroke; idle it parses only from the element at the cursor (fix 15) and looks up one scope. docs/benchmarks.md.',
    completionTyped: 'After a keystroke completion waits until the new text is parsed (only the changed element, also when an element still being typed has an error further down) and its names are indexed, not for linking (issue 19). Typing inside the unfinished element itself still parses the whole text. docs/benchmarks.md.',
    renderMermaid: 'Each command loads only its own bundle (fix 16), the render bundle without the PDF writer and without UTF-8 decoding (fix 20); what remains of a small render is ELK running cold (about half of the CPU profile: V8 interprets its code the first time, about 0.3 s at 50 nodes against 44 ms once optimised), garbage collection, and Langium building its parser (about 0.1 s; Langium\'s production mode measured without gain). A startup snapshot saved about a fifth of the CPU in an experiment, less than the second process it needs costs (docs/benchmarks.md). Many files: `toc render --out-dir` (section i).',
    renderDot: 'dot lays out in C; a fresh `toc render` spends about 60% of its CPU at 1,000 nodes in ELK running cold (about 1.5 s, 0.5 s once optimised) and about 15% collecting garbage; a startup snapshot does not keep optimised code. docs/benchmarks.md.',
    first300: 'Measured on a machine shared by many processes (load above 8 on 2 cores): the wall time is mostly waiting for a core; the CPU time is what an idle machine takes. Before ELK is done the preview shows the provisional picture (every box in its column, no arrows) within a few tenths of a second of CPU (section g).',
    first1000: 'As at 300 nodes: wall time on a loaded machine, CPU time within the target; the provisional picture comes first.',
    preview300: 'In Chromium the page\'s own work comes on top of ELK: the view and the provisional picture before the layout, and after it the SVG put into the page and drawn (a few tenths of a second each at 300 boxes); the layout worker runs ELK cold once the warm-up is done. The provisional picture is on screen within about 0.5 s (section h).',
    preview1000: 'As at 300 boxes: the provisional picture first, ELK running cold in the worker after its warm-up (section h).',
    steady: 'A theory whose columns were reordered by ELK after the edit. bench/results.md, section f.',
    memory: 'V8 lets the heap grow past the live data before collecting; the peak comes during a rebuild. The server\'s heap limits (packages/language/src/server-flags.ts) are what keep it down. docs/benchmarks.md.',
};

export function targets(r) {
    const out = [];
    const d2 = find(r.diagnostics, 'lines', 2000);
    if (d2) {
        // A plain LSP client decides; the figures with the diagram open (the server also builds the live model) are shown beside.
        const g = d2.diagram;
        out.push({ id: 'diagnostics', target: 'edit -> diagnostics at 2,000 lines, p50 ≤ 50 ms', wall: d2.lsp.p50, cpu: d2.lspCpu.p50, limit: 50, measured: `${ms(d2.lsp.p50)} (server CPU ${ms(d2.lspCpu.p50)}); with the diagram open ${ms(g?.lsp.p50)} (CPU ${ms(g?.lspCpu.p50)})` });
        out.push({ id: 'ratio', target: '… within 1.5× of parsing alone', wall: d2.ratio, cpu: d2.ratioCpu, limit: 1.5, measured: `${x(d2.ratio)} (CPU ${x(d2.ratioCpu)}); with the diagram open ${x(g?.ratio)} (CPU ${x(g?.ratioCpu)}); parse ${ms(d2.parse.p50)}, CPU ${ms(d2.parseCpu.p50)}` });
    }
    for (const [n, limit, id] of [[200, 150, 'diagram200'], [1000, 1000, 'diagram1000']]) {
        for (const g of ok(r.diagram).filter(q => q.nodes === n)) {
            const arrow = (g.edit ?? 'arrow') === 'arrow';
            const what = arrow ? 'an arrow removed (a new layout)' : 'a letter typed in a description';
            out.push({ id: arrow ? id : `${id}Text`, target: `edit -> diagram at ${n.toLocaleString('en')} nodes ≤ ${ms(limit)}: ${what}`, wall: g.total.p50, cpu: g.cpu.p50, limit, measured: `${ms(g.total.p50)} (CPU ${ms(g.cpu.p50)}; layout ${ms(g.phases.layout.p50)}${arrow ? '' : `, reused in ${g.reused} of ${g.total.n} runs`})` });
        }
    }
    const c = ok(r.completion)[0];
    if (c) out.push({ id: 'completion', target: `completion ≤ 50 ms while a ${c.nodes.toLocaleString('en')}-node layout runs`, wall: c.layout.p50, cpu: c.layout.cpu?.p50, limit: 50, measured: `${ms(c.layout.p50)} p50, ${ms(c.layout.p90)} p90 (idle ${ms(c.idle.p50)})` + (c.layout.cpu ? `; server CPU ${ms(c.layout.cpu.p50)}` : "") });
    // Issue 19: the most common moment, `-> ` typed and the list awaited, right after a keystroke.
    if (c?.typeLayout) {
        const base = c.typeLayout.baseline;
        out.push({
            id: 'completionTyped', target: `completion right after a keystroke ≤ 50 ms p50 while a ${c.nodes.toLocaleString('en')}-node layout runs`, wall: c.typeLayout.p50, cpu: c.typeLayout.cpu?.p50, limit: 50,
            measured: `${ms(c.typeLayout.p50)} p50, ${ms(c.typeLayout.p90)} p90` + (c.typeLayout.cpu ? ` (server CPU ${ms(c.typeLayout.cpu.p50)} p50)` : '')
                + (base ? `; the baseline server, request for request: ${ms(base.p50)} p50, ${ms(base.p90)} p90${base.cpu ? ` (CPU ${ms(base.cpu.p50)})` : ''}, ${(base.p50 / c.typeLayout.p50).toFixed(1)}× this one's p50` : ''),
        });
    }
    const rr = ok(r.render);
    if (rr.some(x => x.tools.mermaid?.time)) {
        const ratios = rr.filter(x => x.tools.mermaid?.time && x.tools.toc?.time).map(x => ({ n: x.nodes, v: x.tools.mermaid.time.p50 / x.tools.toc.time.p50 }));
        const missing = rr.filter(x => !x.tools.mermaid?.time || !x.tools.toc?.time).map(x => x.nodes);
        const worst = Math.min(...ratios.map(q => q.v));
        out.push({ id: 'renderMermaid', target: 'toc render ≥ 5× faster than Mermaid\'s CLI at every size', wall: missing.length ? 0 : worst, limit: 5, higher: true, measured: ratios.map(q => `${q.n}: ${x(q.v)}`).join(', ') + (missing.length ? `; no comparison at ${missing.join(', ')}` : '') });
    }
    const r1000 = find(r.render, 'nodes', 1000);
    if (r1000?.tools.dot?.time && r1000.tools.toc?.time) {
        const v = r1000.tools.toc.time.p50 / r1000.tools.dot.time.p50;
        out.push({ id: 'renderDot', target: 'toc render within 3× of dot at 1,000 nodes', wall: v, limit: 3, measured: `${x(v)} (${ms(r1000.tools.toc.time.p50)} vs ${ms(r1000.tools.dot.time.p50)})` });
    }
    const d20 = find(r.diagnostics, 'lines', 20000);
    if (d20) out.push({ id: 'memory', target: 'language server ≤ 200 MB at 20,000 lines', wall: d20.serverPeakMb, limit: 200, measured: `${d20.serverPeakMb} MB peak (${d20.serverRssMb} MB after the edits)` });
    out.push(...pictureTargets(r));
    for (const t of out) {
        const pass = v => v !== undefined && (t.higher ? v >= t.limit : v <= t.limit);
        t.status = pass(t.wall) ? 'met' : pass(t.cpu) ? 'met on CPU time only (wall time missed)' : 'not met';
    }
    return out;
}

/** Short, table-safe error texts: a V8 out-of-memory abort says so instead of its stack. */
function friendly(error) {
    const e = String(error);
    if (/HeapAllocator|AllocateRaw|heap out of memory|signal 6/.test(e)) return 'ran out of memory (V8 heap limit)';
    if (/CdpElementHandle|puppeteer/.test(e)) return `${e.split(':')[0]}: the drawing failed inside Chromium (a puppeteer evaluate error)`;
    return e.replace(/\s+at .*$/s, '').replace(/[|\n]+/g, ' / ').slice(0, 160);
}

/**
 * A section of one table: heading, what was measured, then a row a run. A run that failed keeps its size in
 * the first cell and says why in the second, the other cells empty.
 */
function tableSection(L, heading, intro, columns, runs, size, row) {
    L.push(`## ${heading}`, '', intro, '', `| ${columns.join(' | ')} |`, `|${'---|'.repeat(columns.length)}`);
    for (const q of runs) L.push(q.error ? `| ${size(q)} | failed: ${q.error} |${' |'.repeat(columns.length - 2)}` : row(q));
    L.push('');
}

export function writeReport(r, file) {
    const L = [];
    // Error texts go into table cells: no pipes, no line breaks.
    for (const list of Object.values(r).filter(Array.isArray)) {
        for (const q of list) {
            if (q.error) q.error = friendly(q.error);
            for (const t of Object.values(q.tools ?? {})) if (t.error) t.error = friendly(t.error);
        }
    }
    L.push(`# Benchmark results${r.quick ? ' (quick run: smallest sizes only)' : ''}${r.inProgress ? ' (run in progress or stopped: not every size yet)' : ''}`);
    L.push('');
    L.push(`${r.date.slice(0, 16).replace('T', ' ')} UTC, commit ${r.commit ?? '?'}, Node ${r.machine.node}, ${r.machine.cpus} cores (${r.machine.cpuModel}), ${r.machine.memGb} GiB; `
        + `load average ${r.machine.loadAtStart} at the start; ${r.seconds} s in all. Written by \`npm run bench\` (bench/run.mjs); how and why: docs/benchmarks.md.`
        + (r.keptFrom ? ` Only ${Object.keys(r).filter(k => Array.isArray(r[k]) && k !== 'skipped' && !r.keptFrom.sections.includes(k)).join(', ')} ran then; the other sections are kept from earlier runs: ${r.keptFrom.sections.map(k => { const at = r.ranAt?.[k] ?? r.keptFrom; return `${k} (${at.date.slice(0, 16).replace('T', ' ')} UTC, commit ${at.commit ?? '?'})`; }).join(', ')}.` : ''));
    L.push('');
    L.push('Times are medians (p50) and 90th percentiles (p90) of several runs after warm-up. **Wall** time is what a user waits; **CPU** time is what the measured thread ran, which is what an idle machine would show: this machine is shared, so where the two differ a lot, trust the CPU figure for the code and the wall figure for the experience.');
    L.push('');

    const t = targets(r);
    if (t.length) {
        L.push('## Targets');
        L.push('');
        L.push('| target | measured | status |');
        L.push('|---|---|---|');
        for (const q of t) L.push(`| ${q.target} | ${q.measured} | ${q.status} |`);
        const missed = t.filter(q => q.status !== 'met');
        if (missed.length) {
            L.push('');
            L.push('What limits the targets not met:');
            L.push('');
            for (const id of [...new Set(missed.map(q => q.id))]) L.push(`- **${t.find(q => q.id === id).target}**: ${LIMITS[id]}`);
        }
        L.push('');
    }

    if (r.diagnostics) {
        L.push('## a. Edit -> diagnostics over LSP (stdio), and e. server memory');
        L.push('');
        const flags = r.diagnostics.find(d => d.serverArgs)?.serverArgs ?? [];
        L.push(`Server: \`node ${flags.map(f => `${f} `).join('')}packages/language/bin/toc-language-server.cjs --stdio\`${flags.length ? ' (the Node options the extension starts it with: packages/language/src/server-flags.ts)' : ''}; small edits near the middle (a letter typed in a description and removed, a reference broken and repaired); timed from didChange to publishDiagnostics. Baseline: Langium\'s parser alone on the same text, in-process.`);
        L.push('');
        L.push('Each edit is made twice over, in alternating rounds: by a plain LSP client (what other editors are), and by a client with the diagram open (`toc/watchModel`), for which the server also builds and sends the live model (`toc/model`) after the diagnostics. *Server CPU* is the server\'s main thread per edit, the live model included; *toc/model* is the time until that notification arrives.');
        L.push('');
        const notes = [];
        L.push('| lines | diagram nodes | edit -> diagnostics p50 / p90 | server CPU p50 | diagram open: edit -> diagnostics p50 / toc/model p50 | diagram open: server CPU p50 | parse alone p50 (CPU) | in-process build p50 | ratio to parse, wall / CPU (diagram open) | open | server peak memory |');
        L.push('|---|---|---|---|---|---|---|---|---|---|---|');
        for (const d of r.diagnostics) {
            if (d.error) { L.push(`| ${d.args.lines} | | failed: ${d.error} | | | | | | | | |`); continue; }
            if (d.note) notes.push(`${d.lines.toLocaleString('en')} lines: ${d.note}.`);
            const g = d.diagram;
            L.push(`| ${d.lines.toLocaleString('en')} | ${d.nodes} | ${ms(d.lsp.p50)} / ${ms(d.lsp.p90)} | ${ms(d.lspCpu.p50)} | ${ms(g?.lsp.p50)} / ${ms(g?.model.p50)} | ${ms(g?.lspCpu.p50)} | ${ms(d.parse.p50)} (${ms(d.parseCpu.p50)}) | ${ms(d.build.p50)} | ${x(d.ratio)} / ${x(d.ratioCpu)} (${x(g?.ratio)} / ${x(g?.ratioCpu)}) | ${ms(d.openMs)} | ${d.serverPeakMb} MB |`);
        }
        if (notes.length) L.push('', ...notes);
        L.push('');
    }

    if (r.diagram) {
        L.push('## b. Edit -> diagram in one process');
        L.push('');
        L.push('An edit near the middle of the text, and back, run after run: *description*, a letter typed in a description (every box mostly keeps its size, so the last layout is reused, as the preview does with its LayoutMemo); *arrow*, an arrow removed (ELK lays out again). Then: build (the document updated as the language server does: only the changed element parsed again, then link and checks), TheoryJson, JSON round trip (the model crosses server -> extension -> webview), diagram graph, ELK layout (elk.bundled in-thread; the preview runs the same in a Web Worker), SVG. *First* is the first edit in the fresh process, before any warm-up: ELK runs cold.');
        L.push('');
        L.push('| nodes | edit | edges | total p50 / p90 | CPU p50 | first | build | json | transfer | graph | layout (CPU) | layout reused | svg | SVG size |');
        L.push('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
        for (const g of r.diagram) {
            if (g.error) {
                L.push(`| ${(g.nodes ?? g.args.nodes).toLocaleString('en')} | ${g.args?.edit ?? ''} | ${g.edges ?? ''} | failed: ${g.error} | | | | | | | | | | |`);
                continue;
            }
            const p = g.phases;
            L.push(`| ${g.nodes.toLocaleString('en')} | ${g.edit ?? 'description'} | ${g.edges} | ${ms(g.total.p50)} / ${ms(g.total.p90)} | ${ms(g.cpu.p50)} | ${ms(g.first)} | ${ms(p.build.p50)} | ${ms(p.json.p50)} | ${ms(p.transfer.p50)} | ${ms(p.graph.p50)} | ${ms(p.layout.p50)} (${ms(g.layoutCpu?.p50)}) | ${g.reused ?? 0} of ${g.total.n} | ${ms(p.svg.p50)} | ${g.svgKb} KB |`);
        }
        L.push('');
    }

    if (r.completion) {
        tableSection(L, 'c. Completion while a layout runs', '`textDocument/completion` over stdio after `-> ` on a new last line (the names a new action may contribute to), 100 ms apart. *idle*: nothing else runs. *layout*: another process (bench/suites/layout-loop.mjs, standing in for the preview\'s layout worker, which runs in the editor\'s window, never in the server) lays out the same theory again and again. *type + layout*: as *layout*, each request right after a keystroke (a letter in a description halfway up), so it waits for the new text to be parsed and its names indexed. *baseline*: another build\'s server (`--against-server`), started beside this one with the same keystrokes, the requests alternating between the two. *type in the line*: the keystroke is in the unfinished last line itself (its name), the text whose syntax error the user is typing in: that text is still parsed in full.',
            ['nodes', 'items', 'idle p50 / p90', 'layout p50 / p90', 'type + layout p50 / p90 (server CPU p50)', 'type in the line p50 / p90 (CPU)', 'baseline: idle / layout / type + layout p50 (CPU)', 'one layout (wall / CPU)'], r.completion, c => c.args.nodes,
            c => {
                const own = c.typeOwnLayout ? `${ms(c.typeOwnLayout.p50)} / ${ms(c.typeOwnLayout.p90)} (${ms(c.typeOwnLayout.cpu.p50)})` + (c.typeOwnLayout.baseline ? `; baseline ${ms(c.typeOwnLayout.baseline.p50)} (${ms(c.typeOwnLayout.baseline.cpu.p50)})` : '') : 'not run';
                const base = c.typeLayout.baseline ? `${ms(c.idle.baseline.p50)} / ${ms(c.layout.baseline.p50)} / ${ms(c.typeLayout.baseline.p50)} (${c.typeLayout.baseline.cpu ? ms(c.typeLayout.baseline.cpu.p50) : '?'}), p90 ${ms(c.typeLayout.baseline.p90)}` : 'not run';
                return `| ${c.nodes.toLocaleString('en')} | ${c.idle.items} | ${ms(c.idle.p50)} / ${ms(c.idle.p90)} | ${ms(c.layout.p50)} / ${ms(c.layout.p90)} | ${ms(c.typeLayout.p50)} / ${ms(c.typeLayout.p90)}${c.typeLayout.cpu ? ` (${ms(c.typeLayout.cpu.p50)})` : ''} | ${own} | ${base} | ${c.layoutMs ? `${ms(c.layoutMs)} / ${ms(c.layoutCpuMs)}` : 'none finished during the requests'} |`;
            });
    }

    if (r.render) {
        const time = s => s?.time ? `${ms(s.time.p50)}${s.cpu ? ` (${ms(s.cpu.p50)})` : ''}` : s?.skipped ? `skipped: ${s.skipped}` : s?.error ? `failed: ${s.error}` : '–';
        const mem = s => s?.time ? `${s.maxRssMb ?? '?'} MB${s.treeRssMb > (s.maxRssMb ?? 0) ? ` (${s.treeRssMb} MB)` : ''}` : '–';
        const ratio = (a, b) => a?.time && b?.time ? x(a.time.p50 / b.time.p50) : '–';
        tableSection(L, 'd. Whole-process rendering: toc render, Mermaid\'s CLI, Graphviz dot', `Same theory; the peers' input from \`toc export mermaid|dot\`. Wall time from spawn to exit; CPU (user + system of the process and the children it waited for) in brackets. Memory: peak resident set of the largest process (/usr/bin/time) and, in brackets, the peak of the whole process tree's sum (Mermaid's CLI runs Chromium). Every picture is checked to hold a box per node.${loads(r.render)}`,
            ['nodes', 'toc render p50 (CPU)', 'dot p50 (CPU)', 'Mermaid CLI p50', 'Mermaid / toc', 'toc / dot (CPU)', 'toc memory', 'dot memory', 'Mermaid memory'], r.render, q => q.args.nodes,
            q => {
                const t = q.tools;
                const cpuRatio = t.toc?.cpu && t.dot?.cpu ? ` (${x(t.toc.cpu.p50 / t.dot.cpu.p50)})` : '';
                return `| ${q.nodes.toLocaleString('en')} | ${time(t.toc)} | ${time(t.dot)} | ${time(t.mermaid)} | ${ratio(t.mermaid, t.toc)} | ${ratio(t.toc, t.dot)}${cpuRatio} | ${mem(t.toc)} | ${mem(t.dot)} | ${mem(t.mermaid)} |`;
            });
    }

    L.push(...pictureSections(r));
    if (r.plan) {
        tableSection(L, 'h. toc plan against toc check', 'The same generated theory, both as whole processes (`toc plan` writes Markdown). The plan reads the model the checks build, so the ratio should stay flat as the file grows; the scaling table below gives both slopes.',
            ['lines', 'size', 'goals', 'toc check p50', 'toc plan p50', 'plan / check'], r.plan, q => q.args.lines,
            q => `| ${q.lines.toLocaleString('en')} | ${(q.bytes / 1e6).toFixed(1)} MB | ${q.goals.toLocaleString('en')} | ${ms(q.check.p50)} | ${ms(q.plan.p50)} | ${x(q.ratio)} |`);
    }

    for (const q of r.coldStart ?? []) {
        L.push('## i. A fresh toc per command; many theories in one process');
        L.push('');
        if (q.error) { L.push(`Failed: ${q.error}`); L.push(''); continue; }
        L.push(`bench/suites/cold-start.mjs. Each command as its own process on a generated ${q.nodes}-node theory: *first*, with an empty cache folder (the very first run after an install); *second*, p50 of ${q.runs} runs with the code cache that first run left (every later run). Baseline in the same run: a bare \`node -e 0\`${q.commands.check?.against ? '; *before*: the build given with --against, in alternation' : ''}. CPU is user + system time.${loads([q])}`);
        L.push('');
        const before = Boolean(q.commands.check?.against);
        L.push(`| command | first: wall (CPU) | second: wall p50 (CPU p50) | second CPU / bare node | memory${before ? ' | before: second wall (CPU) | CPU now / before' : ''} |`);
        L.push(`|---|---|---|---|---${before ? '|---|---' : ''}|`);
        L.push(`| bare \`node -e 0\` | | ${ms(q.node.second.p50)} (${ms(q.node.secondCpu.p50)}) | 1.0× | |${before ? ' | |' : ''}`);
        for (const [name, c] of Object.entries(q.commands)) {
            const row = [`\`toc ${name === 'version' ? '--version' : name}\``, `${ms(c.toc.first.ms)} (${ms(c.toc.first.cpuMs)})`, `${ms(c.toc.second.p50)} (${ms(c.toc.secondCpu.p50)})`, x(c.toc.secondCpu.p50 / q.node.secondCpu.p50), `${c.toc.maxRssMb ?? '?'} MB`];
            if (before) row.push(`${ms(c.against.second.p50)} (${ms(c.against.secondCpu.p50)})`, x(c.toc.secondCpu.p50 / c.against.secondCpu.p50));
            L.push(`| ${row.join(' | ')} |`);
        }
        L.push('');
        if (q.batch) {
            const b = q.batch;
            L.push(`Batch: the ${b.files} examples, \`toc render examples --out-dir DIR\` (one process) against one \`toc render FILE\` per example, p50 of ${b.batch.n} rounds: **${ms(b.batch.p50)}** (CPU ${ms(b.batchCpu.p50)}) against ${ms(b.perFile.p50)} (CPU ${ms(b.perFileCpu.p50)}): ${x(b.perFile.p50 / b.batch.p50)} faster (CPU ${x(b.perFileCpu.p50 / b.batchCpu.p50)}).`);
            L.push('');
        }
    }

    const ex = Object.entries(r.exponents ?? {}).filter(([, v]) => v.length);
    if (ex.length) {
        L.push('## Scaling');
        L.push('');
        L.push('Log-log slope between consecutive sizes: 1 means linear, 2 quadratic.');
        L.push('');
        L.push('| measurement | slopes |');
        L.push('|---|---|');
        for (const [k, v] of ex) L.push(`| ${k} | ${v.map(s => `${s.from.toLocaleString('en')} -> ${s.to.toLocaleString('en')}: ${s.slope}`).join('; ')} |`);
        L.push('');
    }
    if (r.skipped?.length) {
        L.push('## Not run');
        L.push('');
        for (const q of r.skipped) L.push(`- ${q}`);
        L.push('');
    }
    const errors = Object.entries(r).filter(([, v]) => Array.isArray(v)).flatMap(([k, v]) => v.filter(q => q.error).map(q => `${k} ${JSON.stringify(q.args)}: ${q.error}`));
    if (errors.length) {
        L.push('## Failures');
        L.push('');
        for (const e of errors) L.push(`- ${e}`);
        L.push('');
    }
    fs.writeFileSync(file, L.join('\n'));
}
