import { exponents } from './stats.mjs';

/** Log-log slopes between consecutive sizes, per measurement. */
export function scaling(r) {
    const ok = list => (list ?? []).filter(x => !x.error);
    const out = {};
    const d = ok(r.diagnostics);
    if (d.length > 1) {
        out['edit -> diagnostics (wall)'] = exponents(d.map(x => [x.lines, x.lsp.p50]));
        out['edit -> diagnostics (server CPU)'] = exponents(d.map(x => [x.lines, x.lspCpu.p50]));
        out['parse alone'] = exponents(d.map(x => [x.lines, x.parseCpu.p50]));
        out['server peak memory'] = exponents(d.map(x => [x.lines, x.serverPeakMb]));
    }
    // The edit that lays out again (results of older runs have no `edit` and always laid out).
    const g = ok(r.diagram).filter(x => (x.edit ?? 'arrow') === 'arrow');
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
    const p = ok(r.plan);
    if (p.length > 1) {
        out['toc check (process)'] = exponents(p.map(x => [x.lines, x.check.p50]));
        out['toc plan (process)'] = exponents(p.map(x => [x.lines, x.plan.p50]));
    }
    return out;
}
