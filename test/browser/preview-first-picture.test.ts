/**
 * A big theory's first picture: the boxes in their columns at once (no ELK), under "Schema wordt geschikt…",
 * then ELK's picture in its place. The layout worker's answers are held back (preview-page.ts holdLayouts), so
 * what the page shows before ELK is done is seen on any machine; without the provisional picture it shows no box.
 * Screenshots in test-results/diagram/.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import type { TheoryJson } from 'toc-language';
import { generateTheory } from '../../bench/generate.mjs';
import { openPreview, RESULTS, startWith, type PreviewPage } from '../diagram/support/preview-page.js';
import { theoryOfText } from '../diagram/support/load.js';
import { onScreen } from '../support/preview-on-screen.js';

let browser: Browser;
let small: TheoryJson;
let big: TheoryJson;
let bigEnglish: TheoryJson;

beforeAll(async () => {
    ({ browser, theory: small } = await startWith('zorgzame-buurt.toc'));
    big = await theoryOfText(generateTheory({ nodes: 300, seed: 1, lang: 'nl' }).text);
    bigEnglish = await theoryOfText(generateTheory({ nodes: 120, seed: 2, lang: 'en' }).text);
});

afterAll(async () => {
    await browser?.close();
});

const stage = (p: PreviewPage) => p.page.evaluate(() => {
    const s = document.querySelector<HTMLElement>('.toc-stage')!;
    const progress = document.querySelector<HTMLElement>('.toc-progress')!;
    return {
        provisional: s.dataset.tocProvisional !== undefined,
        ready: s.dataset.tocReady !== undefined,
        boxes: s.querySelectorAll('.toc-node[data-toc-id]').length,
        arrows: s.querySelectorAll('[data-toc-edge]').length,
        progress: progress.hidden ? undefined : progress.textContent,
    };
});

const rect = (p: PreviewPage, selector: string) => p.page.evaluate(sel => {
    const r = document.querySelector(sel)!.getBoundingClientRect();
    return { left: r.left, top: r.top, width: r.width, height: r.height };
}, selector);

describe('the first picture of a big theory', () => {
    it('shows every box in its column before the layout is done, readable, under a status that moves nothing; then the laid-out picture', async () => {
        const p = await openPreview(browser, 'light', { width: 750, height: 800 }, { holdLayouts: true });
        const frameBefore = await rect(p, '.toc-frame');
        await p.send({ type: 'model', model: big });
        await p.page.waitForFunction(() => document.querySelector<HTMLElement>('.toc-stage')!.dataset.tocProvisional !== undefined);
        // ELK's answer has come and is held: what is on screen now is what a user sees while ELK works.
        await p.page.waitForFunction(() => ((window as unknown as { __tocHeld: unknown[] }).__tocHeld.length) > 0, undefined, { timeout: 110_000 });
        const before = await stage(p);
        await p.page.screenshot({ path: path.join(RESULTS, 'first-picture-provisional.png') });
        expect(before).toEqual({ provisional: true, ready: false, boxes: big.elements.length, arrows: 0, progress: 'Schema wordt geschikt…' });
        const s = await onScreen(p.page);
        expect(s.smallestName).toBeGreaterThanOrEqual(11 - 0.01);
        // The status lies over the drawing: the drawing's frame is where it was, and the status inside it.
        expect(await rect(p, '.toc-frame')).toEqual(frameBefore);
        const status = await rect(p, '.toc-progress');
        expect(status.top).toBeGreaterThanOrEqual(frameBefore.top);
        expect(status.top + status.height).toBeLessThanOrEqual(frameBefore.top + frameBefore.height);

        await p.releaseLayouts();
        await p.page.waitForFunction(() => document.querySelector<HTMLElement>('.toc-stage')!.dataset.tocReady !== undefined);
        const after = await stage(p);
        await p.page.screenshot({ path: path.join(RESULTS, 'first-picture-final.png') });
        expect(after.provisional).toBe(false);
        expect(after.boxes).toBe(big.elements.length);
        expect(after.arrows).toBeGreaterThan(0);
        expect(after.progress).toBeUndefined();
        expect((await onScreen(p.page)).smallestName).toBeGreaterThanOrEqual(11 - 0.01);
        expect(p.errors).toEqual([]);
        await p.page.close();
    });

    it('is in English for an English theory', async () => {
        const p = await openPreview(browser, 'dark', { width: 750, height: 800 }, { holdLayouts: true });
        await p.send({ type: 'model', model: bigEnglish });
        await p.page.waitForFunction(() => document.querySelector<HTMLElement>('.toc-stage')!.dataset.tocProvisional !== undefined);
        expect((await stage(p)).progress).toBe('Arranging the diagram…');
        await p.page.screenshot({ path: path.join(RESULTS, 'first-picture-provisional-dark.png') });
        await p.releaseLayouts();
        await p.page.close();
    });

    it('is not drawn for a small theory, nor while typing in a big one once its picture is there', async () => {
        const p = await openPreview(browser, 'light', { width: 750, height: 800 }, { holdLayouts: true });
        await p.send({ type: 'model', model: small });
        await p.page.waitForFunction(() => ((window as unknown as { __tocHeld: unknown[] }).__tocHeld.length) > 0, undefined, { timeout: 110_000 });
        expect(await stage(p)).toMatchObject({ provisional: false, ready: false, boxes: 0 });
        await p.releaseLayouts();
        await p.page.waitForFunction(() => document.querySelector<HTMLElement>('.toc-stage')!.dataset.tocReady !== undefined);

        // The big theory's first picture, then one action more: the last picture stays until the new one is in.
        await p.showModel(big);
        const more: TheoryJson = { ...big, elements: [...big.elements, { ...big.elements.find(e => e.kind === 'action')!, id: 'Nieuw', name: 'Nieuw', results: [] }] };
        await p.send({ type: 'model', model: more });
        await p.page.waitForTimeout(300);
        expect((await stage(p)).provisional).toBe(false);
        expect(p.errors).toEqual([]);
        await p.page.close();
    });
});
