/**
 * The trend chart in the diagram's details card, in headless Chromium under the webview's CSP: a box whose
 * result has an indicator with measurements shows the same chart as the editor's hover, as SVG elements in
 * the page, one point per dated measurement; no CSP violation. Screenshots in test-results/diagram/.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import type { TheoryJson } from 'toc-language';
import { openPreview, RESULTS, startWith, type PreviewPage } from '../diagram/support/preview-page.js';

let browser: Browser;
let theory: TheoryJson;
let p: PreviewPage;

beforeAll(async () => {
    ({ browser, theory } = await startWith('in-zetje.toc'));
    p = await openPreview(browser, 'light', { width: 1200, height: 800 });
});

afterAll(async () => {
    await browser?.close();
});

/** Hovers a box and reads its card: the charts' labels and the number of points in each. */
async function cardOf(id: string): Promise<Array<{ label: string | null; points: number; width: number }>> {
    await p.page.mouse.move(1, 1);
    await p.page.hover(`.toc-node[data-toc-id="${id}"] > .toc-box`);
    await p.page.waitForSelector(`.toc-details[data-toc-for="${id}"]:not([hidden])`);
    return p.page.$$eval('.toc-details figure.toc-details-trend > svg', svgs => svgs.map(s => ({
        label: s.getAttribute('aria-label'),
        points: s.querySelectorAll('circle').length,
        width: s.getBoundingClientRect().width,
    })));
}

const dated = (t: TheoryJson, action: string) => t.elements.find(e => e.id === action)!.results
    .flatMap(r => r.indicators).map(i => i.measurements.filter(m => m.date).length);

describe('the details card', () => {
    it('shows the trend chart of an indicator with measurements, one point per measurement', async () => {
        await p.showModel(theory);
        // Vragenhoek: its indicator Doorverwijzingen has a baseline and two dated measurements.
        expect(dated(theory, 'Vragenhoek')).toEqual([2]);
        const charts = await cardOf('Vragenhoek');
        await p.page.screenshot({ path: path.join(RESULTS, 'details-trend.png') });
        expect(charts).toHaveLength(1);
        expect(charts[0]!.points).toBe(2);
        expect(charts[0]!.label).toContain('Doorverwijzingen');
        expect(charts[0]!.width).toBeGreaterThan(150);
        expect(await p.violations()).toEqual([]);
    });

    it('draws a point for each measurement the model has, and no chart without two dated measurements', async () => {
        // A third measurement, as the editor would send after an import.
        const more: TheoryJson = {
            ...theory, elements: theory.elements.map(e => (e.id !== 'Vragenhoek' ? e : {
                ...e, results: e.results.map(r => ({
                    ...r, indicators: r.indicators.map(i => ({
                        ...i, measurements: [...i.measurements, { value: 38, percent: false, unit: 'gezinnen', date: '2027-03-15', text: '38 gezinnen' }],
                    })),
                })),
            })),
        };
        await p.showModel(more);
        expect((await cardOf('Vragenhoek')).map(c => c.points)).toEqual([3]);
        // An action whose indicators have fewer than two dated measurements: the card has no chart.
        const without = theory.elements.find(e => e.results.length > 0 && dated(theory, e.id).every(n => n < 2))!;
        expect(await cardOf(without.id)).toEqual([]);
        expect(await p.violations()).toEqual([]);
        expect(p.errors).toEqual([]);
    });
});
