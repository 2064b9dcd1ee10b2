/** Headless Chromium with the preview bundle on a test page under the webview's CSP. */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { missingOutput } from '../../../scripts/build-inputs.mjs';
import type { TheoryJson } from 'toc-language';
import { EXAMPLES, ROOT, theoryOf } from './load.js';

export const ORIGIN = 'http://toc.test';
export const RESULTS = path.join(ROOT, 'test-results/diagram');
const PREVIEW = path.join(ROOT, 'packages/preview');

export type PageTheme = 'light' | 'dark' | 'high-contrast';

/** The preview bundle, built by the global setup (test/support/build-once.ts): missing fails, never skips. */
export function ensurePreviewBuilt(): void {
    const missing = missingOutput();
    if (missing) throw new Error(`${missing} is missing although the global setup builds it`);
}

export async function launch(): Promise<Browser> {
    return chromium.launch({
        executablePath: '/usr/bin/chromium',
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
            '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
}

/** A browser test's start: the bundle is there, the example is read, Chromium runs. */
export async function startWith(example: string): Promise<{ browser: Browser; theory: TheoryJson }> {
    ensurePreviewBuilt();
    const theory = await theoryOf(path.join(EXAMPLES, example));
    return { browser: await launch(), theory };
}

export interface PreviewPage {
    page: Page;
    /** Messages the preview posted (ready, reveal, exported, choose, exportRequest). */
    outbound(): Promise<Array<Record<string, unknown>>>;
    /** Messages arrive in a later task than the click that sent them: waits for `atLeast` of this type. */
    outboundOf(type: string, atLeast: number): Promise<Array<Record<string, unknown>>>;
    violations(): Promise<string[]>;
    errors: string[];
    /** Posts a message to the preview as the extension would. */
    send(message: unknown): Promise<void>;
    /** Posts a model and waits until its picture is in the page. */
    showModel(model: unknown, options?: unknown): Promise<void>;
    drawCount(): Promise<number>;
    /** With `holdLayouts`: the layout worker's answers that arrived and are held back. */
    heldLayouts(): Promise<number>;
    /** With `holdLayouts`: hands the held answers to the preview, and every later one at once. */
    releaseLayouts(): Promise<void>;
}

export interface PreviewPageOptions {
    /**
     * Hold back every message of the layout worker (ELK) until releaseLayouts(): what the preview shows while
     * a layout is still running, however fast this machine is.
     */
    holdLayouts?: boolean;
}

export async function openPreview(browser: Browser, theme: PageTheme, viewport = { width: 1400, height: 900 }, options: PreviewPageOptions = {}): Promise<PreviewPage> {
    const { writeTestPage } = await import(path.join(PREVIEW, 'test-page.mjs')) as { writeTestPage(dir: string, o: { theme: PageTheme; origin: string }): string };
    const dir = path.join(RESULTS, 'page');
    const name = writeTestPage(dir, { theme, origin: ORIGIN });
    const page = await browser.newPage({ viewport });
    const errors: string[] = [];
    page.on('pageerror', e => errors.push(String(e)));
    page.on('console', m => {
        if (m.type() === 'error') errors.push(m.text());
    });
    await page.route(`${ORIGIN}/**`, async route => {
        const file = path.join(dir, new URL(route.request().url()).pathname.slice(1));
        if (!fs.existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
        const type = file.endsWith('.html') ? 'text/html' : file.endsWith('.css') ? 'text/css' : 'text/javascript';
        await route.fulfill({ status: 200, contentType: type, body: fs.readFileSync(file) });
    });
    await page.addInitScript(() => {
        const w = window as unknown as { __tocOut: unknown[]; __csp: string[] };
        w.__tocOut = [];
        w.__csp = [];
        window.addEventListener('message', e => {
            const t = (e.data as { type?: string } | undefined)?.type;
            if (t === 'ready' || t === 'reveal' || t === 'exported' || t === 'choose' || t === 'exportRequest') w.__tocOut.push(e.data);
        });
        document.addEventListener('securitypolicyviolation', e => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    if (options.holdLayouts) await page.addInitScript(holdWorkerMessages);
    await page.goto(`${ORIGIN}/${name}`);
    await page.waitForFunction(() => (window as unknown as { __tocOut: Array<{ type: string }> }).__tocOut.some(m => m.type === 'ready'));
    const drawCount = () => page.evaluate(() => Number((document.querySelector('.toc-stage') as HTMLElement | null)?.dataset.tocReady ?? 0));
    const send = (message: unknown) => page.evaluate(m => window.postMessage(m, '*'), message);
    const outbound = () => page.evaluate(() => (window as unknown as { __tocOut: Array<Record<string, unknown>> }).__tocOut);
    return {
        page,
        errors,
        outbound,
        async outboundOf(type, atLeast) {
            await page.waitForFunction(([t, n]) => (window as unknown as { __tocOut: Array<{ type: string }> }).__tocOut
                .filter(m => m.type === t).length >= n, [type, atLeast] as const);
            return (await outbound()).filter(m => m.type === type);
        },
        heldLayouts: () => page.evaluate(() => (window as unknown as { __tocHeld?: unknown[] }).__tocHeld?.length ?? 0),
        releaseLayouts: () => page.evaluate(() => (window as unknown as { __tocRelease?: () => void }).__tocRelease?.()),
        violations: () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp),
        send,
        drawCount,
        async showModel(model, options) {
            const before = await drawCount();
            await send({ type: 'model', model, options });
            await page.waitForFunction(b => Number((document.querySelector('.toc-stage') as HTMLElement).dataset.tocReady ?? 0) > b, before);
        },
    };
}

/** In the page, before the preview's script: Workers whose onmessage handler waits for __tocRelease(). */
function holdWorkerMessages(): void {
    const w = window as unknown as { __tocHeld: Array<() => void>; __tocRelease: () => void };
    let holding = true;
    w.__tocHeld = [];
    w.__tocRelease = () => {
        holding = false;
        for (const deliver of w.__tocHeld.splice(0)) deliver();
    };
    const Real = window.Worker;
    window.Worker = class extends Real {
        override set onmessage(handler: ((this: Worker, e: MessageEvent) => unknown) | null) {
            super.onmessage = handler && (e => {
                if (holding) w.__tocHeld.push(() => handler.call(this, e));
                else handler.call(this, e);
            });
        }
        override get onmessage(): ((this: Worker, e: MessageEvent) => unknown) | null {
            return super.onmessage;
        }
    };
}
