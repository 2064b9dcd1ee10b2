/**
 * A wrapped theory (a column too long for the panel, in sub-columns) in light, dark and high contrast: every
 * arrow stays visible, none runs behind a box that is not its own end. Screenshots in test-results/diagram/.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import type { TheoryJson } from 'toc-language';
import { openPreview, RESULTS, startWith, type PageTheme } from '../diagram/support/preview-page.js';
import { theoryOfText } from '../diagram/support/load.js';
import { shapedText } from '../diagram/support/shapes.js';
import { onScreen } from '../support/preview-on-screen.js';

let browser: Browser;
const theories: Array<[string, TheoryJson]> = [];

beforeAll(async () => {
    ({ browser } = await startWith('zorgzame-buurt.toc'));
    for (const shape of [[1, 2, 3, 34], [1, 3, 18, 18]] as const) theories.push([shape.join('-'), await theoryOfText(shapedText(shape))]);
});

afterAll(async () => {
    await browser?.close();
});

describe('a wrapped theory', () => {
    for (const theme of ['light', 'dark', 'high-contrast'] as PageTheme[]) {
        it(`in ${theme}: whole, readable, and no arrow behind a box it does not start or end at`, async () => {
            for (const [name, theory] of theories) {
                // The frame under the toolbar (two rows at this width) is about 750×800, the panel of the fit tests.
                const p = await openPreview(browser, theme, { width: 750, height: 865 });
                await p.showModel(theory);
                await p.page.screenshot({ path: path.join(RESULTS, `wrapped-${name}-${theme}.png`) });
                const s = await onScreen(p.page);
                expect(s.outside, name).toEqual([]);
                expect(s.smallestName).toBeGreaterThanOrEqual(11 - 0.01);
                // Points along every arrow, in the drawing's coordinates, that lie inside another box.
                const hidden = await p.page.evaluate(() => {
                    const boxes = [...document.querySelectorAll<SVGGElement>('.toc-node[data-toc-id]')].map(g => {
                        const m = g.transform.baseVal.consolidate()!.matrix;
                        const r = g.querySelector<SVGRectElement>('.toc-box')!;
                        return { id: g.dataset.tocId!, x: m.e, y: m.f, w: r.width.baseVal.value, h: r.height.baseVal.value };
                    });
                    const out: string[] = [];
                    for (const e of document.querySelectorAll<SVGGElement>('[data-toc-edge]')) {
                        const line = e.querySelector<SVGPathElement>('.toc-edge-line')!;
                        const length = line.getTotalLength();
                        for (let at = 0; at <= length; at += 4) {
                            const pt = line.getPointAtLength(at);
                            const over = boxes.find(b => b.id !== e.dataset.tocFrom && b.id !== e.dataset.tocTo
                                && pt.x > b.x + 1 && pt.x < b.x + b.w - 1 && pt.y > b.y + 1 && pt.y < b.y + b.h - 1);
                            if (over) {
                                out.push(`${e.dataset.tocEdge} behind ${over.id}`);
                                break;
                            }
                        }
                    }
                    return out;
                });
                expect(hidden, name).toEqual([]);
                expect(p.errors).toEqual([]);
                await p.page.close();
            }
        });
    }
});
