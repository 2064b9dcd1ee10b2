#!/usr/bin/env node
/**
 * The standalone page's budget: `node bench/web-page.mjs [--runs N]` (after `npm run build`).
 *
 *   download   every file of packages/web/dist, gzip -9 (what a static host sends), against 1.5 MB
 *   start      from navigation (file://, network off, a fresh browser profile each run) to the first
 *              problems in the list and to the first diagram in the frame, with the example the page opens
 *              with; the baseline, measured in the same runs, is the page's own `load` event: what the
 *              browser needs before any of the language's work starts, so the ratio is the language's share
 *
 * Prints one JSON line and a short table; writes nothing into the repository.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { summary } from './lib/stats.mjs';
import { loadAverage } from './lib/cpu.mjs';

const { values } = parseArgs({ options: { runs: { type: 'string' } } });
const runs = Number(values.runs ?? 7);
const ROOT = path.resolve(import.meta.dirname, '..');
const DIST = path.join(ROOT, 'packages/web/dist');
if (!fs.existsSync(path.join(DIST, 'index.html'))) {
    console.error('bench/web-page: packages/web/dist is missing; run `npm run build` first');
    process.exit(1);
}

const files = fs.readdirSync(DIST).map(f => ({ f, bytes: fs.readFileSync(path.join(DIST, f)) }));
const raw = files.reduce((n, x) => n + x.bytes.length, 0);
const gzip = files.reduce((n, x) => n + zlib.gzipSync(x.bytes, { level: 9 }).length, 0);

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const load = [], diagnostics = [], diagram = [];
try {
    for (let i = 0; i < runs + 1; i++) {
        const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, offline: true });
        const page = await context.newPage();
        await page.goto(pathToFileURL(path.join(DIST, 'index.html')).href);
        await page.waitForSelector('[data-toc-diagnostics] > *', { timeout: 60_000 });
        const firstProblems = await page.evaluate(() => performance.now());
        await page.frameLocator('iframe[data-toc-diagram]').locator('[data-toc-kind="challenge"]').first().waitFor({ timeout: 60_000 });
        const firstDiagram = await page.evaluate(() => performance.now());
        const loaded = await page.evaluate(() => performance.getEntriesByType('navigation')[0].loadEventEnd);
        await context.close();
        if (i === 0) continue; // the first run also warms the browser's own caches
        load.push(loaded);
        diagnostics.push(firstProblems);
        diagram.push(firstDiagram);
    }
} finally {
    await browser.close();
}

const result = {
    download: { files: files.length, rawBytes: raw, gzipBytes: gzip, budgetBytes: 1.5e6 },
    start: { runs, load: summary(load), firstDiagnostics: summary(diagnostics), firstDiagram: summary(diagram) },
    ratio: { firstDiagnosticsToLoad: Math.round(summary(diagnostics).p50 / summary(load).p50 * 10) / 10, firstDiagramToLoad: Math.round(summary(diagram).p50 / summary(load).p50 * 10) / 10 },
    loadAverage: loadAverage(),
};
console.log(JSON.stringify(result));
const ms = s => `${Math.round(s.p50)} ms (p90 ${Math.round(s.p90)})`;
console.log(`download  ${(gzip / 1024).toFixed(0)} KiB gzip (${(raw / 1024).toFixed(0)} KiB raw, ${files.length} files); budget 1,465 KiB`);
console.log(`load event (baseline)  ${ms(result.start.load)}`);
console.log(`first problems         ${ms(result.start.firstDiagnostics)}  = ${result.ratio.firstDiagnosticsToLoad} x baseline`);
console.log(`first diagram          ${ms(result.start.firstDiagram)}  = ${result.ratio.firstDiagramToLoad} x baseline`);
console.log(`load average ${result.loadAverage}`);
