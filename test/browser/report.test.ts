/**
 * The HTML action plan in headless Chromium, the way a funder opens the mail attachment: it loads
 * nothing from anywhere, every action is visible, the diagram is drawn, nothing spills off the page on
 * a laptop or a phone, and it prints. Screenshots, a PDF and the PNG diagram go to test-results/reports/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, localActions, runToc, theoryJson, ROOT } from '../cli/support.js';

const OUT = path.join(ROOT, 'test-results', 'reports');
const REPORTS = [
    { name: 'zorgzame-buurt', file: 'examples/zorgzame-buurt.toc' },
    { name: 'youth-work', file: 'test/cli/fixtures/youth-work.toc' },
];
const english = 'examples/english/neighbourhood-care.toc';
if (fs.existsSync(path.join(ROOT, english))) REPORTS.push({ name: 'neighbourhood-care', file: english });

let browser: Browser;

beforeAll(async () => {
    ensureBuilt();
    fs.mkdirSync(OUT, { recursive: true });
    browser = await chromium.launch({
        executablePath: '/usr/bin/chromium',
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
            '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
});

afterAll(async () => {
    await browser?.close();
});

describe.each(REPORTS)('the HTML report of $name', ({ name, file }) => {
    it('opens offline, shows every action and the diagram, fits a laptop and a phone, and prints', async () => {
        const html = path.join(OUT, `${name}.html`);
        const r = runToc(['plan', file, '-o', html]);
        expect(r.code, r.stderr).toBe(0);
        const t = theoryJson(file);

        const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
        const page = await context.newPage();
        const requests: string[] = [];
        page.on('request', req => requests.push(req.url()));
        await page.goto(pathToFileURL(html).href);
        await page.waitForLoadState('load');
        // The file itself is the only thing loaded: no font, image, style or script from anywhere.
        expect(requests).toEqual([pathToFileURL(html).href]);

        const facts = await page.evaluate(() => {
            const rows = [...document.querySelectorAll<HTMLTableRowElement>('tr.action:not(.reference)')].map(tr => ({
                id: tr.dataset.tocId!, visible: tr.getBoundingClientRect().height > 0,
            }));
            const svg = document.querySelector('.diagram svg')!.getBoundingClientRect();
            return {
                rows,
                svg: { width: svg.width, height: svg.height },
                scrollWidth: document.documentElement.scrollWidth,
                title: document.title,
                scripts: document.scripts.length,
            };
        });
        expect(facts.scripts).toBe(0);
        expect(facts.rows.map(x => x.id).sort()).toEqual(localActions(t).map(a => a.id).sort());
        expect(facts.rows.every(x => x.visible)).toBe(true);
        expect(facts.svg.width).toBeGreaterThan(300);
        expect(facts.svg.height).toBeGreaterThan(100);
        expect(facts.scrollWidth).toBeLessThanOrEqual(1280);
        if (t.title) expect(facts.title).toContain(t.title);
        await page.screenshot({ path: path.join(OUT, `${name}-laptop.png`), fullPage: true });

        await page.setViewportSize({ width: 400, height: 800 });
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
        await page.screenshot({ path: path.join(OUT, `${name}-phone.png`), fullPage: true });

        await page.setViewportSize({ width: 1280, height: 900 });
        await page.emulateMedia({ media: 'print' });
        await page.screenshot({ path: path.join(OUT, `${name}-print.png`), fullPage: true });
        const pdf = await page.pdf({ path: path.join(OUT, `${name}.pdf`), preferCSSPageSize: true, printBackground: true });
        expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
        await context.close();
    });
});

describe('the PNG diagram', () => {
    it('is an image a browser shows at the asked size', async () => {
        const png = path.join(OUT, 'zorgzame-buurt-diagram.png');
        expect(runToc(['render', 'examples/zorgzame-buurt.toc', '-o', png, '--width', '1600']).code).toBe(0);
        const page = await browser.newPage();
        await page.goto(pathToFileURL(png).href);
        const size = await page.evaluate(() => {
            const img = document.querySelector('img')!;
            return { w: img.naturalWidth, h: img.naturalHeight };
        });
        expect(size.w).toBe(1600);
        expect(size.h).toBeGreaterThan(400);
        await page.close();
    });
});
