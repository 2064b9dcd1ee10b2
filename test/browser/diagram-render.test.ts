/**
 * The preview bundle draws every example in headless Chromium: every element is there, every text
 * fits inside its box, no two boxes overlap; a screenshot per example and theme goes to test-results/diagram/.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TheoryJson } from 'toc-language';
import { EXAMPLES, exampleFiles, theoryOf } from '../diagram/support/load.js';
import { ensurePreviewBuilt, launch, openPreview, RESULTS, type PageTheme, type PreviewPage } from '../diagram/support/preview-page.js';

const files = exampleFiles();
const models = new Map<string, TheoryJson>();
let browser: Browser;

beforeAll(async () => {
    ensurePreviewBuilt();
    for (const f of files) models.set(f, await theoryOf(f));
    browser = await launch();
    fs.mkdirSync(RESULTS, { recursive: true });
});

afterAll(async () => {
    await browser?.close();
});

function expectedIds(model: TheoryJson, details: boolean): string[] {
    const ids: string[] = [];
    for (const e of model.elements) {
        ids.push(e.id);
        // Compact boxes: a light per result; details mode: a card per result with its indicators.
        for (const r of e.results) {
            ids.push(r.id);
            if (details) ids.push(...r.indicators.map(i => i.id));
        }
    }
    return ids;
}

interface Geometry {
    ids: string[];
    edges: string[];
    overflow: string[];
    overlaps: string[];
}

async function geometry(p: PreviewPage): Promise<Geometry> {
    return p.page.evaluate(() => {
        const svg = document.querySelector('.toc-stage svg')!;
        const groups = [...svg.querySelectorAll<SVGGElement>('[data-toc-id]')];
        const overflow: string[] = [];
        for (const g of groups) {
            if (g.classList.contains('toc-light')) {
                // A result's light: inside its box.
                const c = g.querySelector('circle')!.getBBox();
                const b = g.parentElement!.querySelector<SVGRectElement>(':scope > rect.toc-box')!.getBBox();
                if (c.x < b.x || c.y < b.y || c.x + c.width > b.x + b.width || c.y + c.height > b.y + b.height) overflow.push(`${g.dataset.tocId}: light outside its box`);
                continue;
            }
            const box = g.querySelector<SVGRectElement>(':scope > rect.toc-box');
            if (!box) {
                overflow.push(`${g.dataset.tocId}: no box`);
                continue;
            }
            const b = box.getBBox();
            for (const t of g.querySelectorAll<SVGTextElement>('text')) {
                if (t.closest('[data-toc-id]') !== g) continue; // belongs to a nested card: checked against that card
                // getBBox is in the text's user space; pills sit in untransformed groups, so that is the box's space too
                const r = t.getBBox();
                const tol = 0.5;
                if (r.x < b.x - tol || r.y < b.y - tol || r.x + r.width > b.x + b.width + tol || r.y + r.height > b.y + b.height + tol) {
                    overflow.push(`${g.dataset.tocId}: "${t.textContent}" ${r.x.toFixed(1)},${r.y.toFixed(1)} ${r.width.toFixed(1)}x${r.height.toFixed(1)} outside ${b.width}x${b.height}`);
                }
            }
        }
        const nodes = [...svg.querySelectorAll<SVGGElement>('.toc-nodes > [data-toc-id]')].map(g => ({ id: g.dataset.tocId!, r: g.querySelector(':scope > rect.toc-box')!.getBoundingClientRect() }));
        const overlaps: string[] = [];
        for (let i = 0; i < nodes.length; i++) {
            for (let j = i + 1; j < nodes.length; j++) {
                const a = nodes[i]!.r, c = nodes[j]!.r;
                if (a.left < c.right - 0.5 && c.left < a.right - 0.5 && a.top < c.bottom - 0.5 && c.top < a.bottom - 0.5) overlaps.push(`${nodes[i]!.id} / ${nodes[j]!.id}`);
            }
        }
        return {
            ids: groups.map(g => g.dataset.tocId!),
            edges: [...svg.querySelectorAll<SVGGElement>('[data-toc-edge]')].map(g => g.dataset.tocEdge!),
            overflow,
            overlaps,
        };
    });
}

describe.each<PageTheme>(['light', 'dark'])('the preview draws every example (%s theme)', theme => {
    let p: PreviewPage;
    beforeAll(async () => {
        p = await openPreview(browser, theme);
    });
    afterAll(async () => {
        await p?.page.close();
    });

    it('has examples to draw', () => {
        expect(files.length).toBeGreaterThan(0);
    });

    for (const file of files) {
        const base = path.relative(EXAMPLES, file).replace(/\.toc$/, '').replace(/[\\/]/g, '-');
        it(`${base}: every element, every contribution, text inside boxes, no overlaps`, async () => {
            const model = models.get(file)!;
            await p.showModel(model, { direction: 'right', details: true });
            const g = await geometry(p);
            expect(new Set(g.ids)).toEqual(new Set(expectedIds(model, true)));
            const edgeIds = new Set(model.contributions.filter(c => c.from !== c.to).map(c => `${c.from}->${c.to}`));
            expect(new Set(g.edges)).toEqual(edgeIds);
            expect(g.overflow).toEqual([]);
            expect(g.overlaps).toEqual([]);
            await p.page.keyboard.press('0');
            await p.page.screenshot({ path: path.join(RESULTS, `${base}-${theme}.png`) });
            expect(await p.violations()).toEqual([]);
            expect(p.errors).toEqual([]);
        });

        it(`${base}: top to bottom, compact (a light per result)`, async () => {
            const model = models.get(file)!;
            await p.showModel(model, { direction: 'down', details: false });
            const g = await geometry(p);
            expect(new Set(g.ids)).toEqual(new Set(expectedIds(model, false)));
            expect(g.overflow).toEqual([]);
            expect(g.overlaps).toEqual([]);
            await p.page.screenshot({ path: path.join(RESULTS, `${base}-${theme}-down.png`) });
            await p.showModel(model, { direction: 'right', details: true });
        });
    }
});
