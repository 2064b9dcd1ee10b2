/** The picture's part of bench/results.md: steady while typing (f) and time to the first picture (g). */
const pct = v => (v === undefined ? '–' : `${Math.round(v * 100)}%`);
const s = v => (v === undefined ? '–' : v >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${Math.round(v)} ms`);
const x = v => (v === undefined || !Number.isFinite(v) ? '–' : `${v.toFixed(1)}×`);
const ok = list => (list ?? []).filter(q => !q.error);

/** Targets of issue 15, for the Targets table. */
export function pictureTargets(r) {
    const out = [];
    const st = ok(r.stability)[0];
    if (st) {
        const rows = st.theories.flatMap(t => Object.entries(t.edits).map(([edit, row]) => ({ name: t.name, edit, row })));
        const steady = rows.map(q => q.row[st.chosen]?.mean ?? q.row.interactive.mean);
        const worst = Math.max(...steady);
        const over = rows.filter((q, i) => steady[i] > 0.1).map(q => `${q.name}, ${q.edit}: ${pct(q.row[st.chosen]?.mean ?? q.row.interactive.mean)}`);
        out.push({ id: 'steady', target: 'one element added, removed or retargeted: unchanged boxes move ≤ 10% of a box width on average', wall: worst, limit: 0.1, measured: `worst ${pct(worst)} over ${rows.length} edits (from scratch: worst ${pct(Math.max(...rows.map(q => q.row.off.mean)))})${over.length ? `; over: ${over.join('; ')}` : ''}` });
    }
    for (const [n, limit] of [[300, 2000], [1000, 5000]]) {
        const q = ok(r.firstPicture).find(f => f.nodes === n && f.style === 'compact');
        if (q) out.push({ id: `first${n}`, target: `first picture of a ${n.toLocaleString('en')}-node theory ≤ ${s(limit)}`, wall: q.total, cpu: q.cpu, limit, measured: `${s(q.total)} (CPU ${s(q.cpu)}); provisional picture ${q.provisional ? `${s(q.provisional.wall)} (CPU ${s(q.provisional.cpu)})` : 'none'}` });
    }
    for (const [n, limit] of [[300, 2000], [1000, 5000]]) {
        const q = ok(r.previewOpen).find(f => f.nodes === n && f.delay === 0);
        if (q) out.push({ id: `preview${n}`, target: `… in the preview itself (Chromium, the model at once) ≤ ${s(limit)}`, wall: q.final.p50, limit, measured: `${s(q.final.p50)} p50, ${s(q.final.p90)} p90; provisional picture ${q.provisional ? s(q.provisional.p50) : 'none'}; without the warm-up (same run) ${s(q.baseline.final.p50)}` });
    }
    return out;
}

export function pictureSections(r) {
    const L = [];
    const st = ok(r.stability)[0];
    if (st) {
        L.push('## f. Steady while typing, edge crossings, drawing size');
        L.push('');
        L.push(`bench/suites/stability.mjs. One edit to the model the preview receives (a new action written last: for the first subgoal, for the last, or without a target yet; the middle action removed; its arrow moved to another subgoal), laid out in the preview's path (toDiagramGraph, prepareLayout, LayoutMemo, ELK, applyElkResult), direction right, compact boxes. *Move*: how far the boxes that did not change moved, mean / max, as a share of the median box width. Baseline in the same run: \`off\`, each layout from scratch (the behaviour before); \`order\` seeds only the order in each column; \`interactive\` (the default, LayoutMemo's \`steady\`) seeds order and places. *Crossings*: arrows crossing in the result; *dot*: Graphviz dot on the same boxes and arrows.`);
        L.push('');
        L.push(`| theory | edit | ${st.modes.map(m => `${m}: move mean / max`).join(' | ')} | crossings ${st.modes.join(' / ')} | dot | ratio mean off / interactive |`);
        L.push(`|---|---|${st.modes.map(() => '---').join('|')}|---|---|---|`);
        for (const t of st.theories) {
            for (const [edit, row] of Object.entries(t.edits)) {
                // Below 0.5% of a box width the seeded move is nothing to divide by.
                const ratio = row.interactive.mean >= 0.005 ? row.off.mean / row.interactive.mean : undefined;
                L.push(`| ${t.name} (${t.boxes}) | ${edit} | ${st.modes.map(m => `${pct(row[m].mean)} / ${pct(row[m].max)}`).join(' | ')} | ${st.modes.map(m => row[m].crossings).join(' / ')} | ${row.dot ?? '–'} | ${row.off.mean === 0 ? 'both 0' : ratio === undefined ? 'seeded: none' : x(ratio)} |`);
            }
        }
        L.push('');
        if (st.drawings?.length) {
            L.push(`Drawing size in px (title, vision and legend included), and the zoom at which the drawing fits a 750×800 panel next to the zoom at which labels are 11 px on screen (${st.readableZoom.toFixed(2)}):`);
            L.push('');
            L.push('| example | boxes | compact, right | compact, down | detailed, right (the old default) | fit in 750×800, compact right |');
            L.push('|---|---|---|---|---|---|');
            for (const d of st.drawings) {
                const fit = Math.min(1, 750 / d.compactRight.width, 760 / d.compactRight.height);
                L.push(`| ${d.name} | ${d.boxes} | ${d.compactRight.width}×${d.compactRight.height} | ${d.compactDown.width}×${d.compactDown.height} | ${d.detailsRight.width}×${d.detailsRight.height} | ${Math.round(fit * 100)}% (${fit >= st.readableZoom ? 'readable' : 'too small'}) |`);
            }
            L.push('');
        }
    }
    const fp = ok(r.firstPicture);
    if (fp.length) {
        L.push('## g. Time to the first picture');
        L.push('');
        L.push(`bench/suites/first-picture.mjs, one fresh process each (ELK cold, as the preview's worker is when the panel opens), the preview's path at open in a ${fp[0].panel ?? '750x800'} panel: the view for the panel (chooseView), graph and sizes; above ${fp[0].provisionalAbove ?? 80} boxes the *provisional* picture (boxes in their columns without ELK, SVG); then ELK loaded and run, again with narrower boxes while the drawing does not fit (*layouts*), and the *final* SVG. In the preview ELK runs in a worker beside the provisional picture; here after it, so *final* is their sum. Wall time, and this thread's CPU time in brackets (what an idle machine takes). Baseline in the same run: detailed boxes, the default before compact boxes.`);
        L.push('');
        L.push('| nodes | provisional picture | final picture | provisional / final (CPU) | view / provisional / load ELK / layouts and SVG | layouts | drawing | detailed: final (CPU) | detailed / compact |');
        L.push('|---|---|---|---|---|---|---|---|---|');
        for (const n of [...new Set(fp.map(q => q.nodes))]) {
            const c = fp.find(q => q.nodes === n && q.style === 'compact');
            const d = fp.find(q => q.nodes === n && q.style === 'details');
            if (!c) continue;
            const early = c.provisional ? `${s(c.provisional.wall)} (${s(c.provisional.cpu)})` : 'none (small)';
            const share = c.provisional ? `${Math.round(100 * c.provisional.cpu / c.cpu)}%` : '–';
            L.push(`| ${n.toLocaleString('en')} | ${early} | ${s(c.total)} (${s(c.cpu)}) | ${share} | ${s(c.prepare)} / ${s(c.provisionalDraw)} / ${s(c.loadElk)} / ${s(c.layoutAndSvg)} | ${c.layouts} | ${c.width}×${c.height} | ${d ? `${s(d.total)} (${s(d.cpu)})` : '–'} | ${d ? x(d.cpu / c.cpu) : '–'} CPU |`);
        }
        L.push('');
        L.push(`Load average during these runs: ${Math.min(...fp.map(q => q.loadBefore ?? Infinity)).toFixed(1)} to ${Math.max(...fp.map(q => q.loadAfter ?? 0)).toFixed(1)} (2 cores).`);
        L.push('');
    }
    const po = ok(r.previewOpen);
    if (po.length) {
        L.push('## h. The first picture in the preview itself');
        L.push('');
        L.push("bench/suites/preview-open.mjs: the preview's bundle in headless Chromium on a page under the webview's CSP, 750×800, a fresh page per run (a new layout worker: ELK cold, no code cache). Timed in the page from the model's message to the laid-out picture on screen, and to the provisional picture above 80 boxes. The model comes *at once* when the page is ready (the language server had it built), or *1 s later* (the server still starting, as after Reload Window). Baseline, alternating with it in the same run: the preview without its warm-up (ELK loaded by the first model, and a cold first layout). p50 of the runs; the first page of each kind is not counted.");
        L.push('');
        L.push('| nodes | model | provisional picture | final picture p50 / p90 | layouts | without warm-up: final p50 | without / with |');
        L.push('|---|---|---|---|---|---|---|');
        for (const q of po) {
            L.push(`| ${q.nodes.toLocaleString('en')} | ${q.delay ? `${s(q.delay)} later` : 'at once'} | ${q.provisional ? s(q.provisional.p50) : 'none (small)'} | ${s(q.final.p50)} / ${s(q.final.p90)} | ${q.layouts} | ${s(q.baseline.final.p50)} | ${x(q.baseline.final.p50 / q.final.p50)} |`);
        }
        L.push('');
        L.push(`Load average during these runs: ${Math.min(...po.map(q => q.loadBefore ?? Infinity)).toFixed(1)} to ${Math.max(...po.map(q => q.loadAfter ?? 0)).toFixed(1)} (2 cores).`);
        L.push('');
    }
    return L;
}
