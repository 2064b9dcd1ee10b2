/**
 * The standalone page (packages/web) in headless Chromium, opened from disk (file://) with the network cut
 * off, driven as a person would: typing with the keyboard, the menus and buttons. Everything it needs must be
 * in the folder: the language server in a worker, the diagram, the examples.
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { PNG } from 'pngjs';
import type { Browser, BrowserContext, Download, FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from '../diagram/support/preview-page.js';
import { ROOT } from '../diagram/support/load.js';

const DIST = path.join(ROOT, 'packages/web/dist');
const PAGE = pathToFileURL(path.join(DIST, 'index.html')).href;
const RESULTS = path.join(ROOT, 'test-results/web');

function newestMtime(dir: string): number {
    let newest = 0;
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) { if (e.name !== 'generated') newest = Math.max(newest, newestMtime(p)); } else newest = Math.max(newest, fs.statSync(p).mtimeMs);
    }
    return newest;
}

/** Builds (under the shared lock) when the page is missing or older than its sources. */
function ensureWebBuilt(): void {
    const app = path.join(DIST, 'app.js');
    const built = fs.existsSync(app) ? fs.statSync(app).mtimeMs : 0;
    const sources = ['packages/web/src', 'packages/language/src', 'packages/preview/src', 'packages/diagram/src'].map(d => newestMtime(path.join(ROOT, d)));
    if (built >= Math.max(...sources)) return;
    const r = spawnSync('flock', ['/tmp/toc-build.lock', process.execPath, 'scripts/build.mjs'], { cwd: ROOT, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`build failed:\n${r.stdout}\n${r.stderr}`);
}

let browser: Browser;
const contexts: BrowserContext[] = [];

/** A fresh browser profile without network: any request that is not a file of the folder fails the test. */
async function offlineContext(): Promise<{ context: BrowserContext; requests: string[] }> {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, offline: true, acceptDownloads: true, locale: 'en-GB' });
    const requests: string[] = [];
    context.on('request', r => {
        if (!/^(file|blob|data):/.test(r.url())) requests.push(r.url());
    });
    contexts.push(context);
    return { context, requests };
}

interface Opened { page: Page; diagram: FrameLocator; errors: string[]; requests: string[] }

async function open(url = PAGE, context?: BrowserContext): Promise<Opened> {
    const fresh = context ? { context, requests: [] as string[] } : await offlineContext();
    const page = await fresh.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', e => errors.push(String(e)));
    page.on('console', m => {
        if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(url);
    await page.waitForFunction(() => 'tocPlayground' in window);
    return { page, diagram: page.frameLocator('iframe[data-toc-diagram]'), errors, requests: fresh.requests };
}

const text = (page: Page) => page.evaluate(() => (window as unknown as { tocPlayground: { getText(): string } }).tocPlayground.getText());
const setText = (page: Page, t: string) => page.evaluate(s => (window as unknown as { tocPlayground: { setText(t: string): void } }).tocPlayground.setText(s), t);
const rules = (page: Page) => page.$$eval('[data-toc-diagnostics] > *', els => els.map(e => `${(e as HTMLElement).dataset.tocSeverity} ${(e as HTMLElement).dataset.tocRule}`));

async function waitForRule(page: Page, rule: string, present = true): Promise<void> {
    await page.waitForFunction(([r, p]) => [...document.querySelectorAll<HTMLElement>('[data-toc-diagnostics] > *')].some(e => e.dataset.tocRule === r) === p, [rule, present] as const, { timeout: 30_000 });
}

async function saved(download: Download): Promise<Buffer> {
    const file = path.join(RESULTS, download.suggestedFilename());
    await download.saveAs(file);
    return fs.readFileSync(file);
}

beforeAll(async () => {
    ensureWebBuilt();
    fs.mkdirSync(RESULTS, { recursive: true });
    browser = await launch();
});

afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
});

describe('the standalone page, from disk, offline', () => {
    let p: Opened;

    it('opens with an example, its problems listed and its diagram drawn, asking for nothing from the network', async () => {
        p = await open();
        await p.page.waitForSelector('[data-toc-diagnostics] > *', { timeout: 30_000 });
        await p.diagram.locator('[data-toc-kind="challenge"]').first().waitFor({ timeout: 30_000 });
        expect(await text(p.page)).toContain('theory "Caring neighbourhood');
        expect(await rules(p.page)).toContain('warning action-without-horizon');
        expect(p.requests).toEqual([]);
        await p.page.screenshot({ path: path.join(RESULTS, 'page-example.png') });
    });

    it('checks what is typed with the keyboard: problems in the editor and the list, completion after `-> `, the diagram', async () => {
        const { page, diagram } = p;
        await page.click('.cm-content');
        await page.keyboard.press('Control+A');
        await page.keyboard.press('Delete');
        // Each line ends with Escape before Enter, so an open completion list does not take the Enter.
        for (const line of ['challenge Isolation "Families do not know each other.', 'goal Contacts -> Isolation "More contacts between families.']) {
            await page.keyboard.type(line, { delay: 5 });
            await page.keyboard.press('End'); // past the closing quote the editor added
            await page.keyboard.press('Escape');
            await page.keyboard.press('Enter');
        }
        await page.keyboard.type('action Games ST -> ', { delay: 5 });
        await page.keyboard.press('Control+Space');
        const list = page.locator('.cm-tooltip-autocomplete');
        await list.waitFor({ timeout: 30_000 });
        await expect.poll(() => list.innerText(), { timeout: 10_000 }).toContain('Contacts');
        await page.keyboard.type('Contac', { delay: 5 });
        await page.locator('.cm-tooltip-autocomplete [aria-selected="true"]', { hasText: 'Contacts' }).waitFor({ timeout: 10_000 });
        await page.waitForTimeout(300); // CodeMirror ignores an Enter in the first 75 ms after the list changed
        await page.keyboard.press('Enter'); // takes the completion
        await page.keyboard.type(' "A games afternoon every month.', { delay: 5 });
        expect(await text(page)).toBe('challenge Isolation "Families do not know each other."\ngoal Contacts -> Isolation "More contacts between families."\naction Games ST -> Contacts "A games afternoon every month."');
        await waitForRule(page, 'action-without-result');
        // In the editor: the lint underline and the gutter marker; in the list: one entry per diagnostic.
        await page.locator('.cm-lintRange-warning').first().waitFor();
        expect(await page.locator('.cm-lint-marker-warning').count()).toBeGreaterThan(0);
        const item = page.locator('[data-toc-diagnostics] > [data-toc-rule="action-without-result"]');
        expect(await item.getAttribute('data-toc-severity')).toBe('warning');
        expect(await item.innerText()).toContain('Games');
        for (const id of ['Isolation', 'Contacts', 'Games']) await diagram.locator(`[data-toc-id="${id}"]`).waitFor({ timeout: 30_000 });
        await diagram.locator('[data-toc-edge][data-toc-from="Games"][data-toc-to="Contacts"]').waitFor();
        await page.screenshot({ path: path.join(RESULTS, 'page-typed.png') });
    });

    it('colours names by what they name, as the diagram does (the server\'s semantic tokens)', async () => {
        const { page } = p;
        const named = () => page.$$eval('[class^="toc-name-"]', es => es.map(e => `${e.className} ${e.textContent}`));
        // The declarations and the arrows' targets: Isolation twice, Contacts twice.
        await expect.poll(named, { timeout: 20_000 }).toEqual(['toc-name-challenge Isolation', 'toc-name-goal Contacts', 'toc-name-challenge Isolation',
            'toc-name-action Games', 'toc-name-goal Contacts']);
        expect(await page.locator('.toc-name-goal').first().evaluate(e => getComputedStyle(e).color)).not.toBe(await page.locator('.toc-name-action').first().evaluate(e => getComputedStyle(e).color));
    });

    it('a mistake becomes an error, and goes away when fixed', async () => {
        const { page } = p;
        await setText(page, `${await text(page)}\naction Walks ST -> Nowhere "A walk."`);
        await waitForRule(page, 'unresolved-reference');
        expect(await rules(page)).toContain('error unresolved-reference');
        await setText(page, (await text(page)).replace('Nowhere', 'Contacts'));
        await waitForRule(page, 'unresolved-reference', false);
    });

    it('offers the server\'s quick fixes on a problem: a misspelt name becomes the closest one, one undo takes it back', async () => {
        const { page } = p;
        const before = await text(page);
        await setText(page, `${before}\naction Visits ST -> Contcts "A visit."`);
        await waitForRule(page, 'unresolved-reference');
        // The fixes come after the problem (a second request): hover until its tooltip offers the button.
        const fix = page.locator('.cm-tooltip-lint .cm-diagnosticAction', { hasText: 'Change to `Contacts`' });
        await expect.poll(async () => {
            await page.mouse.move(0, 0);
            await page.locator('.cm-lintRange-error').last().hover(); // the new last line's
            await page.locator('.cm-tooltip-lint').waitFor({ timeout: 3_000 }).catch(() => undefined); // shown after a pause
            return fix.count();
        }, { timeout: 20_000 }).toBeGreaterThan(0);
        await page.screenshot({ path: path.join(RESULTS, 'page-quick-fix.png') });
        await fix.first().click();
        expect(await text(page)).toBe(`${before}\naction Visits ST -> Contacts "A visit."`);
        await waitForRule(page, 'unresolved-reference', false);
        await page.keyboard.press('Control+z');
        expect(await text(page)).toBe(`${before}\naction Visits ST -> Contcts "A visit."`);
        await setText(page, before);
        await waitForRule(page, 'unresolved-reference', false); // checked again before the next test
    });

    it('keeps the text in the browser: a reload brings it back', async () => {
        const { page } = p;
        const before = await text(page);
        await page.waitForTimeout(500); // the autosave waits for a pause in typing
        await page.reload();
        await page.waitForFunction(() => 'tocPlayground' in window);
        await expect.poll(() => text(page)).toBe(before);
    });

    it('exports the diagram as SVG and PNG, and the action plan as HTML', async () => {
        const { page, diagram } = p;
        await diagram.locator('[data-toc-id="Games"]').waitFor({ timeout: 30_000 });
        const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.click('#toc-export-svg')]);
        const svg = (await saved(svgDownload)).toString('utf8');
        expect(svgDownload.suggestedFilename()).toMatch(/\.svg$/);
        expect(svg).toMatch(/^<svg|^<\?xml/);
        expect(svg).toContain('data-toc-id="Games"');
        const [pngDownload] = await Promise.all([page.waitForEvent('download'), page.click('#toc-export-png')]);
        const png = PNG.sync.read(await saved(pngDownload));
        expect(png.width).toBeGreaterThan(300);
        const [planDownload] = await Promise.all([page.waitForEvent('download'), page.click('#toc-plan')]);
        const plan = (await saved(planDownload)).toString('utf8');
        expect(plan).toContain('<svg');
        expect(plan).toContain('A games afternoon every month.');
    });

    it('a share link carries the whole theory: a fresh browser opens the same text', async () => {
        const { page } = p;
        await page.click('#toc-share-button');
        // The link is compressed asynchronously (CompressionStream): wait for it rather than read it at once.
        await expect.poll(() => page.inputValue('#toc-share-link'), { timeout: 15_000 }).toMatch(/#t=/);
        const link = await page.inputValue('#toc-share-link');
        expect(link.startsWith(PAGE + '#t=')).toBe(true);
        expect(await page.isHidden('#toc-share-warning')).toBe(true); // short: fine for mail
        const other = await open(link);
        await expect.poll(() => text(other.page)).toBe(await text(page));
        await other.diagram.locator('[data-toc-id="Games"]').waitFor({ timeout: 30_000 });
        expect(other.requests).toEqual([]);
        // A long theory gets a warning before it is mailed.
        // Words that do not repeat, so compression cannot make the link short.
        let seed = 7;
        const word = () => Array.from({ length: 7 }, () => String.fromCharCode(97 + ((seed = (seed * 1103515245 + 12345) % 2147483648) % 26))).join('');
        const long = Array.from({ length: 60 }, (_, i) => `action A${i} ST -> Contacts "${Array.from({ length: 8 }, word).join(' ')}."`).join('\n');
        await setText(page, `${await text(page)}\n${long}`);
        await page.click('#toc-share-button');
        await page.waitForSelector('#toc-share-warning:not([hidden])');
        expect(await page.innerText('#toc-share-warning')).toMatch(/\d+ characters/);
    });

    it('two files with an import: names resolve across files, and a change in the imported file reaches the other', async () => {
        const { page, diagram } = p;
        await page.selectOption('#toc-examples', 'imports');
        await expect.poll(() => page.$$eval('#toc-tabs button', bs => bs.map(b => b.textContent))).toEqual(expect.arrayContaining(['buurtwerk.toc', 'netwerk.toc']));
        await expect.poll(() => text(page)).toContain('import "netwerk.toc"');
        await diagram.locator('[data-toc-id="Spelnamiddag"]').waitFor({ timeout: 30_000 });
        await page.waitForSelector('[data-toc-diagnostics] > *');
        expect((await rules(page)).filter(r => r.startsWith('error'))).toEqual([]);
        // Rename the subgoal in netwerk.toc: buurtwerk.toc's arrow to it no longer resolves.
        await page.click('#toc-tabs button:text-is("netwerk.toc")');
        // Only the chosen file's editor shows.
        expect(await page.$$eval('.cm-editor', es => es.filter(e => (e as HTMLElement).offsetParent !== null).map(e => (e as HTMLElement).dataset.tocFile))).toEqual(['netwerk.toc']);
        await setText(page, (await text(page)).replace(/\bElkaarKennen\b/g, 'Ontmoeten'));
        await page.waitForFunction(() => [...document.querySelectorAll<HTMLElement>('[data-toc-diagnostics] > *')]
            .some(e => e.dataset.tocRule === 'unresolved-reference' && e.dataset.tocFile === 'buurtwerk.toc'), undefined, { timeout: 30_000 });
        await page.screenshot({ path: path.join(RESULTS, 'page-imports.png') });
    });

    it('speaks Dutch or English: it follows the browser and can be switched', async () => {
        const { page } = p;
        expect(await page.innerText('#toc-share-button')).toBe('Share link');
        await page.selectOption('#toc-lang', 'nl');
        expect(await page.innerText('#toc-share-button')).toBe('Link delen');
        expect(await page.getAttribute('html', 'lang')).toBe('nl');
        expect(await page.innerText('#toc-problems-title')).toMatch(/^Problemen/);
        await page.reload();
        await page.waitForFunction(() => 'tocPlayground' in window);
        expect(await page.innerText('#toc-share-button')).toBe('Link delen'); // the choice is kept
        const dutchBrowser = await browser.newContext({ offline: true, locale: 'nl-BE' });
        contexts.push(dutchBrowser);
        const nl = await dutchBrowser.newPage();
        await nl.goto(PAGE);
        await nl.waitForFunction(() => 'tocPlayground' in window);
        expect(await nl.innerText('#toc-plan')).toBe('Actieplan');
        expect(p.errors).toEqual([]);
    });
});
