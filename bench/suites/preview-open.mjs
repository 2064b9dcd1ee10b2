/**
 * (h) The preview's first picture in Chromium: the preview's own bundle on a page under the webview's CSP
 * (packages/preview/test-page.mjs), 750×800, a fresh page per run (a new layout worker, ELK cold, no code
 * cache: the worker runs from a Blob URL). Timed from the model's message to the laid-out picture on screen
 * (`data-toc-ready`), and to the provisional picture for big theories.
 *
 * Two moments for the model: *at once*, when the page says it is ready (the language server had the model
 * built already); *later*, 1 s after (the server was still starting, as after Reload Window). Section g
 * measures the same path in Node, one step after the other; this is what a user sees.
 *
 * Baseline, alternating with it in the same run: the preview without its warm-up (the layout worker started and
 * ELK loaded by the first model, as before issue 15's last round).
 *
 *   node bench/suites/preview-open.mjs --nodes 300 [--runs 3] [--delay 0|1000]
 *
 * Prints one JSON line.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { build, language, services } from '../lib/language.mjs';
import { generateTheory } from '../generate.mjs';
import { summary } from '../lib/stats.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');
const ORIGIN = 'http://toc.test';
const { values } = parseArgs({ options: { nodes: { type: 'string' }, runs: { type: 'string' }, delay: { type: 'string' } } });
/** Each run twice, alternating: as the preview is, and the baseline without the warm-up (ELK started by the first model). */
const VARIANTS = ['warm', 'cold'];
const nodes = Number(values.nodes ?? 300);
const runs = Number(values.runs ?? 3);
const delay = Number(values.delay ?? 0);

const toc = services();
const doc = await build(toc, generateTheory({ nodes, seed: 1 }).text);
const model = JSON.parse(JSON.stringify(language.theoryToJson(toc.model.TheoryModelProvider.modelOf(doc), doc.diagnostics ?? [])));
model.uri = 'file:///bench/theory.toc';

const { writeTestPage } = await import(path.join(ROOT, 'packages/preview/test-page.mjs'));
const dir = fs.mkdtempSync(path.join(ROOT, 'bench/.work/preview-'));
const name = writeTestPage(dir, { theme: 'light', origin: ORIGIN });

const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update'],
});
const times = { warm: { finals: [], provisionals: [], layouts: [] }, cold: { finals: [], provisionals: [], layouts: [] } };
try {
    for (let i = 0; i < 2 * (runs + 1); i++) {
        const variant = VARIANTS[i % 2];
        const context = await browser.newContext({ viewport: { width: 750, height: 800 } });
        const page = await context.newPage();
        await page.route(`${ORIGIN}/**`, async route => {
            const file = path.join(dir, new URL(route.request().url()).pathname.slice(1));
            const type = file.endsWith('.html') ? 'text/html' : file.endsWith('.css') ? 'text/css' : 'text/javascript';
            await route.fulfill({ status: 200, contentType: type, body: fs.readFileSync(file) });
        });
        if (variant === 'cold') await page.addInitScript(() => { window.tocNoWarmUp = true; });
        await page.addInitScript(() => {
            window.__tocReady = false;
            window.addEventListener('message', e => {
                if (e.data?.type === 'ready') window.__tocReady = true;
            });
        });
        await page.goto(`${ORIGIN}/${name}`);
        await page.waitForFunction(() => window.__tocReady);
        if (delay > 0) await page.waitForTimeout(delay);
        // Sent and watched inside the page, so the times are the page's own clock, not the driver's round trips.
        const run = await page.evaluate(async m => {
            const stage = document.querySelector('.toc-stage');
            const t0 = performance.now();
            let provisional;
            const seen = new MutationObserver(() => {
                if (provisional === undefined && stage.dataset.tocProvisional !== undefined) provisional = performance.now() - t0;
            });
            seen.observe(stage, { attributes: true, attributeFilter: ['data-toc-provisional'] });
            window.postMessage({ type: 'model', model: m }, '*');
            await new Promise(resolve => {
                const check = () => (stage.dataset.tocReady !== undefined ? resolve() : setTimeout(check, 10));
                check();
            });
            seen.disconnect();
            return { final: performance.now() - t0, provisional, layouts: Number(stage.dataset.tocLayouts ?? 0) };
        }, model);
        await context.close();
        if (i < 2) continue; // the first pages also warm Chromium's own start
        const t = times[variant];
        t.finals.push(run.final);
        if (run.provisional !== undefined) t.provisionals.push(run.provisional);
        t.layouts.push(run.layouts);
    }
} finally {
    await browser.close();
    fs.rmSync(dir, { recursive: true, force: true });
}
const report = t => ({ final: summary(t.finals), provisional: t.provisionals.length ? summary(t.provisionals) : undefined, layouts: Math.max(...t.layouts) });
console.log(JSON.stringify({ nodes, delay, runs, ...report(times.warm), baseline: report(times.cold) }));
