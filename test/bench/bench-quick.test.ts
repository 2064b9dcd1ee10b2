/**
 * The benchmark smoke run: `npm run bench -- --quick` finishes and produces a number for every
 * measurement (no timing assertions: the machine may be busy; bench/results.md is where times go).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const work = path.join(root, 'bench/.work');

const positive = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v > 0;

describe('npm run bench -- --quick', () => {
    it('runs every measurement at its smallest size and reports numbers for each', () => {
        fs.rmSync(path.join(work, 'results.json'), { force: true });
        fs.rmSync(path.join(work, 'results.md'), { force: true });
        const run = spawnSync('npm', ['run', '--silent', 'bench', '--', '--quick'], { cwd: root, encoding: 'utf8', timeout: 280_000 });
        expect(run.status, run.stderr).toBe(0);

        const r = JSON.parse(fs.readFileSync(path.join(work, 'results.json'), 'utf8'));
        expect(r.quick).toBe(true);

        const [d] = r.diagnostics;
        expect(d.error).toBeUndefined();
        expect(d.lines).toBeGreaterThan(1900);
        for (const v of [d.lsp.p50, d.lsp.p90, d.lspCpu.p50, d.parse.p50, d.parseCpu.p50, d.build.p50, d.ratio, d.serverPeakMb]) expect(positive(v)).toBe(true);
        // The same edits with the diagram open: the live model arrived after each.
        for (const v of [d.diagram.lsp.p50, d.diagram.lspCpu.p50, d.diagram.model.p50, d.diagram.ratio]) expect(positive(v)).toBe(true);

        const [g] = r.diagram;
        expect(g.error).toBeUndefined();
        expect(g.nodes).toBe(50);
        expect(positive(g.total.p50) && positive(g.cpu.p50)).toBe(true);
        for (const phase of ['build', 'json', 'transfer', 'graph', 'layout', 'svg']) expect(g.phases[phase].p50).toBeGreaterThanOrEqual(0);
        expect(positive(g.phases.layout.p50)).toBe(true);

        const [c] = r.completion;
        expect(c.error).toBeUndefined();
        for (const cond of ['idle', 'layout', 'typeLayout']) {
            expect(positive(c[cond].p50)).toBe(true);
            expect(c[cond].items).toBeGreaterThan(0);
            // The server's CPU from the request (and keystroke) to the answer.
            expect(c[cond].cpu.p50).toBeGreaterThanOrEqual(0);
        }
        expect(positive(c.typeLayout.cpu.p50)).toBe(true);

        const [q] = r.render;
        expect(q.error).toBeUndefined();
        expect(positive(q.tools.toc.time?.p50)).toBe(true);
        // Peak memory: from /usr/bin/time when installed, else sampled from /proc.
        expect(positive(q.tools.toc.maxRssMb ?? q.tools.toc.treeRssMb)).toBe(true);
        for (const peer of ['dot', 'mermaid']) {
            const t = q.tools[peer];
            // A peer that is not installed is skipped with a reason; one that runs must give a time.
            if (t.skipped) expect(t.skipped).toMatch(/install/);
            else expect(positive(t.time?.p50), JSON.stringify(t)).toBe(true);
        }

        // Steady while typing: a move for each edit and mode, crossings next to dot's.
        const [st] = r.stability;
        expect(st.error).toBeUndefined();
        const edits = Object.values(st.theories[0].edits) as Array<Record<string, { mean: number; max: number; crossings: number }>>;
        expect(edits).toHaveLength(5);
        for (const row of edits) for (const mode of st.modes) expect(row[mode]!.max).toBeGreaterThanOrEqual(row[mode]!.mean);
        const [fp] = r.firstPicture;
        expect(fp.error).toBeUndefined();
        expect(positive(fp.total) && positive(fp.layoutAndSvg) && fp.layouts >= 1 && fp.nodes === 50).toBe(true);
        // The preview's own bundle in Chromium: a picture with the warm-up and without (the baseline).
        const [po] = r.previewOpen;
        expect(po.error).toBeUndefined();
        expect(positive(po.final.p50) && positive(po.baseline.final.p50) && po.layouts >= 1 && po.nodes === 50).toBe(true);
        // toc plan against toc check on the same file (issue 13: the plan grows with the file as the checks do).
        const [pl] = r.plan;
        expect(pl.error).toBeUndefined();
        for (const v of [pl.check.p50, pl.plan.p50, pl.ratio]) expect(positive(v)).toBe(true);

        const md = fs.readFileSync(path.join(work, 'results.md'), 'utf8');
        expect(md).toContain('## f. Steady while typing');
        expect(md).toContain('## g. Time to the first picture');
        expect(md).toContain('## h. The first picture in the preview itself');
        expect(md).toContain('## Targets');
        expect(md).toContain('| 2,0');
    });
});
