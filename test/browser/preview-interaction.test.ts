/**
 * Using the preview at any size, in headless Chromium under the webview CSP: it opens readable, the wheel
 * scrolls and Ctrl+wheel zooms, a resize fits again unless the user moved, banners lie over the picture,
 * search, focus, collapse, filters, details on demand, export from the toolbar, and a view that survives
 * a reload. Screenshots in test-results/diagram/.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import type { TheoryJson } from 'toc-language';
import { openPreview, RESULTS, startWith, type PreviewPage } from '../diagram/support/preview-page.js';
import { onScreen } from '../support/preview-on-screen.js';

let browser: Browser;
let seed: TheoryJson;

beforeAll(async () => {
    ({ browser, theory: seed } = await startWith('zorgzame-buurt.toc'));
});

afterAll(async () => {
    await browser?.close();
});

/** The stage's transform: scale k and translation x, y. */
function view(p: PreviewPage): Promise<{ k: number; x: number; y: number }> {
    return p.page.evaluate(() => {
        const m = new DOMMatrix(getComputedStyle(document.querySelector('.toc-stage')!).transform);
        return { k: m.a, x: m.e, y: m.f };
    });
}

function boxCentre(p: PreviewPage, id: string): Promise<{ x: number; y: number }> {
    return p.page.evaluate(i => {
        const r = document.querySelector(`.toc-node[data-toc-id="${i}"] > .toc-box`)!.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }, id);
}

function frameCentre(p: PreviewPage): Promise<{ x: number; y: number }> {
    return p.page.evaluate(() => {
        const r = document.querySelector('.toc-frame')!.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
}

const shot = (p: PreviewPage, name: string) => p.page.screenshot({ path: path.join(RESULTS, `interaction-${name}.png`) });

describe('the preview opens readable', () => {
    for (const [width, height] of [[750, 800], [1000, 700]] as const) {
        it(`at ${width}x${height}: every name at least 11 px on screen, the whole theory in view when it fits so`, async () => {
            const p = await openPreview(browser, 'light', { width, height });
            await p.showModel(seed);
            const s = await onScreen(p.page);
            await shot(p, `open-${width}x${height}`);
            expect(s.boxes).toBe(seed.elements.length);
            expect(s.smallestName).toBeGreaterThanOrEqual(11 - 0.01);
            // At the readable zoom, the drawing either fits whole, or starts at its top left (where the actions are).
            const v = await view(p);
            if (s.outside.length > 0) expect([v.x, v.y]).toEqual([0, 0]);
            await p.page.close();
        });
    }

    it('keeps its tools on one row at 750 px, two at 465 px (a laptop beside the editor), never a lone export button', async () => {
        const rows = (p: PreviewPage) => p.page.evaluate(() => {
            const tops = (sel: string) => [...document.querySelectorAll<HTMLElement>(sel)].map(e => Math.round(e.getBoundingClientRect().top));
            const all = tops('.toc-toolbar .toc-button, .toc-toolbar .toc-search');
            return { rows: new Set(all).size, svg: tops('.toc-export-svg')[0], png: tops('.toc-export-png')[0], zoom: tops('.toc-zoom-out')[0], fit: tops('.toc-fit')[0] };
        });
        for (const [width, expected] of [[750, 1], [465, 2]] as const) {
            const p = await openPreview(browser, 'light', { width, height: 800 });
            await p.showModel(seed);
            const r = await rows(p);
            expect(r.rows, `${width} px`).toBe(expected);
            expect(r.svg).toBe(r.png);
            expect(r.zoom).toBe(r.fit);
            await p.page.close();
        }
    });

    it('fits a small theory whole, centred, at no more than 100%', async () => {
        const p = await openPreview(browser, 'dark', { width: 750, height: 800 });
        const small: TheoryJson = { ...seed, elements: seed.elements.filter(e => e.kind !== 'action'), contributions: seed.contributions.filter(c => !seed.elements.some(e => e.kind === 'action' && e.id === c.from)) };
        await p.showModel(small);
        const s = await onScreen(p.page);
        await shot(p, 'open-small-dark');
        expect(s.outside).toEqual([]);
        expect((await view(p)).k).toBeLessThanOrEqual(1);
        expect(s.smallestName).toBeGreaterThanOrEqual(11 - 0.01);
        await p.page.close();
    });
});

describe('moving around', () => {
    let p: PreviewPage;
    beforeAll(async () => {
        p = await openPreview(browser, 'light', { width: 900, height: 700 });
        await p.showModel(seed);
    });
    afterAll(async () => {
        await p.page.close();
    });

    it('scrolls with the wheel and zooms with Ctrl+wheel (a pinch), around the mouse', async () => {
        const before = await view(p);
        await p.page.mouse.move(400, 400);
        await p.page.mouse.wheel(0, 120);
        const scrolled = await view(p);
        expect(scrolled.k).toBe(before.k);
        expect(scrolled.y).toBeCloseTo(before.y - 120, 5);
        await p.page.keyboard.down('Control');
        await p.page.mouse.wheel(0, -100);
        await p.page.keyboard.up('Control');
        const zoomed = await view(p);
        expect(zoomed.k).toBeGreaterThan(scrolled.k);
    });

    it('keeps the zoom and scroll through a re-render, and through a resize once the user moved', async () => {
        const before = await view(p);
        const count = await p.drawCount();
        const described = { ...seed, elements: seed.elements.map(e => (e.id === 'Isolement' ? { ...e, description: 'Anders gezegd.' } : e)) };
        await p.showModel(described);
        expect(await p.drawCount()).toBeGreaterThan(count);
        expect(await view(p)).toEqual(before);
        await p.page.setViewportSize({ width: 700, height: 650 });
        await p.page.waitForTimeout(400);
        expect(await view(p)).toEqual(before);
    });

    it('fits again to the new size after a resize when the user did not move, and banners never move the picture', async () => {
        await p.page.keyboard.press('Escape');
        await p.showModel(seed, { direction: 'right' });
        await p.page.focus('.toc-frame');
        await p.page.keyboard.press('0'); // fit: from here on the view is the preview's, not the user's
        await p.page.setViewportSize({ width: 1300, height: 900 });
        await p.page.waitForTimeout(400);
        const wide = await view(p);
        const s = await onScreen(p.page);
        expect(s.smallestName).toBeGreaterThanOrEqual(11 - 0.01);
        await p.page.setViewportSize({ width: 760, height: 900 });
        await p.page.waitForTimeout(400);
        const narrow = await view(p);
        expect(narrow).not.toEqual(wide);
        expect((await onScreen(p.page)).smallestName).toBeGreaterThanOrEqual(11 - 0.01);
        const box = await boxCentre(p, 'Isolement');
        await p.send({ type: 'model', model: { ...seed, hasSyntaxErrors: true } });
        await p.page.waitForSelector('.toc-banner:not([hidden])');
        await shot(p, 'banner');
        expect(await boxCentre(p, 'Isolement')).toEqual(box);
        await p.showModel(seed);
    });
});

describe('finding your way in a theory', () => {
    let p: PreviewPage;
    beforeAll(async () => {
        p = await openPreview(browser, 'light', { width: 800, height: 700 });
        await p.showModel(seed, { direction: 'right' });
    });
    afterAll(async () => {
        await p.page.close();
    });

    it('searches names and descriptions; Enter selects the next match and puts it in the middle', async () => {
        await p.page.focus('.toc-frame');
        await p.page.keyboard.press('/');
        await p.page.keyboard.type('spel');
        const expected = seed.elements.filter(e => /spel/i.test(e.name) || /spel/i.test(e.description ?? '')).map(e => e.id);
        expect(expected.length).toBeGreaterThan(1);
        expect(await p.page.$$eval('.toc-node.toc-match', gs => gs.map(g => (g as SVGGElement).dataset.tocId))).toEqual(expected);
        for (const id of [...expected, expected[0]]) {
            await p.page.keyboard.press('Enter');
            expect(await p.page.$$eval('.toc-nodes > .toc-selected', gs => gs.map(g => (g as SVGGElement).dataset.tocId))).toEqual([id]);
            const [box, centre] = [await boxCentre(p, id!), await frameCentre(p)];
            expect(Math.abs(box.x - centre.x)).toBeLessThan(2);
            expect(Math.abs(box.y - centre.y)).toBeLessThan(2);
        }
        await shot(p, 'search');
        expect(await p.page.textContent('.toc-search-count')).toBe(`1/${expected.length}`);
        await p.page.keyboard.press('Escape');
        expect(await p.page.$$('.toc-node.toc-match')).toHaveLength(0);
    });

    it('focus mode on a goal fades all but what leads to it and what it leads to', async () => {
        await p.page.click('.toc-node[data-toc-id="Rechten"] > .toc-box');
        await p.page.click('.toc-focus');
        const clear = await p.page.$$eval('.toc-node:not(.toc-faded)', gs => gs.map(g => (g as SVGGElement).dataset.tocId).sort());
        await shot(p, 'focus');
        // Rechten, the challenge it serves, its subgoals and the actions that reach them, worked out by hand.
        const into = (id: string) => seed.contributions.filter(c => c.to === id).map(c => c.from);
        const up = new Set<string>();
        const todo = ['Rechten'];
        while (todo.length) for (const f of into(todo.pop()!)) if (!up.has(f)) { up.add(f); todo.push(f); }
        expect(clear).toEqual(['Isolement', 'Rechten', ...up].sort());
        expect(clear).not.toContain('SocialeContacten');
        await p.page.click('.toc-focus');
        expect(await p.page.$$('.toc-node.toc-faded')).toHaveLength(0);
    });

    it('collapses a goal\'s subtree and expands it again', async () => {
        await p.page.click('.toc-node[data-toc-id="SocialeContacten"] > .toc-box');
        const count = await p.drawCount();
        await p.page.click('.toc-collapse');
        await p.page.waitForFunction(c => Number((document.querySelector('.toc-stage') as HTMLElement).dataset.tocReady) > c, count);
        await shot(p, 'collapsed');
        const ids = await p.page.$$eval('.toc-node', gs => gs.map(g => (g as SVGGElement).dataset.tocId));
        expect(ids).not.toContain('ElkaarKennen');
        expect(ids).not.toContain('Spelnamiddag');
        expect(ids).toContain('SocialeContacten');
        const hidden = seed.elements.length - ids.length;
        expect(hidden).toBeGreaterThan(1);
        expect(await p.page.textContent('.toc-node[data-toc-id="SocialeContacten"] .toc-hidden-count')).toBe(`+${hidden} verborgen`);
        expect(await p.page.textContent('.toc-collapse')).toBe('Uitklappen');
        const again = await p.drawCount();
        await p.page.click('.toc-collapse');
        await p.page.waitForFunction(c => Number((document.querySelector('.toc-stage') as HTMLElement).dataset.tocReady) > c, again);
        expect(await p.page.$$('.toc-node')).toHaveLength(seed.elements.length);
    });

    it('filters by horizon and owner: other actions fade, the goals they serve stay', async () => {
        const horizons = [...new Set(seed.elements.map(e => e.horizonLabel).filter(Boolean))] as string[];
        expect(horizons.length).toBeGreaterThan(1);
        expect(await p.page.isHidden('.toc-filter-horizon')).toBe(true);
        await p.page.click('.toc-filter-toggle');
        await p.page.selectOption('.toc-filter-horizon', horizons[0]!);
        const faded = await p.page.$$eval('.toc-node.toc-faded', gs => gs.map(g => (g as SVGGElement).dataset.tocId));
        await shot(p, 'filter-horizon');
        const actions = seed.elements.filter(e => e.kind === 'action');
        expect(actions.filter(a => a.horizonLabel !== horizons[0]).every(a => faded.includes(a.id))).toBe(true);
        expect(actions.filter(a => a.horizonLabel === horizons[0]).some(a => faded.includes(a.id))).toBe(false);
        expect(faded).not.toContain('Isolement');
        await p.page.selectOption('.toc-filter-horizon', '');
        expect(await p.page.$$('.toc-node.toc-faded')).toHaveLength(0);
    });

    it('shows a box\'s details on hover, and all details with the toggle', async () => {
        const spel = seed.elements.find(e => e.id === 'Spelnamiddag')!;
        // The filter bar of the test before changed the panel's height: a new view may be drawn once it settles.
        let drawn = -1;
        while (drawn !== await p.drawCount()) {
            drawn = await p.drawCount();
            await p.page.waitForTimeout(600);
        }
        // The card of the box selected by a test before may still show: wait for the hovered box's own card.
        await p.page.hover('.toc-node[data-toc-id="Spelnamiddag"] > .toc-box');
        await p.page.waitForSelector('.toc-details[data-toc-for="Spelnamiddag"]:not([hidden])');
        await shot(p, 'details-hover');
        const text = await p.page.textContent('.toc-details');
        expect(text).toContain(spel.description!);
        expect(text).toContain(spel.results[0]!.norm!.text);
        expect(text).not.toContain('NaN');
        const count = await p.drawCount();
        await p.page.click('.toc-details-toggle');
        await p.page.waitForFunction(c => Number((document.querySelector('.toc-stage') as HTMLElement).dataset.tocReady) > c, count);
        expect(await p.page.$(`g.toc-result[data-toc-id="${spel.results[0]!.id}"]`)).not.toBeNull();
        await p.page.hover('.toc-node[data-toc-id="Spelnamiddag"] > .toc-box');
        // With every detail drawn there is no card; the one of the hover before the toggle goes with the redraw.
        await p.page.waitForSelector('.toc-details', { state: 'hidden', timeout: 5_000 });
        await p.page.click('.toc-details-toggle');
    });

    it('shows one thing on the remarks badge: the card with the remarks, no tooltip', async () => {
        const [id, remarks] = Object.entries(seed.issues).find(([, list]) => list.length > 0)!;
        const badge = `.toc-node[data-toc-id="${id}"] .toc-badge`;
        await p.page.mouse.move(1, 1);
        await p.page.hover(badge);
        await p.page.waitForSelector(`.toc-details[data-toc-for="${id}"]:not([hidden])`);
        await shot(p, 'badge-hover');
        const card = await p.page.textContent('.toc-details');
        for (const r of remarks) expect(card).toContain(r.message);
        // No <title> on the badge nor above it in the box: the browser shows no tooltip beside the card.
        expect(await p.page.$$eval(`.toc-node[data-toc-id="${id}"] title`, ts => ts.length)).toBe(0);
    });

    it('never shows NaN for a norm that did not parse', async () => {
        const broken = {
            ...seed, elements: seed.elements.map(e => (e.id === 'Spelnamiddag'
                ? { ...e, results: e.results.map(r => ({ ...r, norm: { ...r.norm!, value: Number.NaN, text: '≥ NaN%' } })) } : e)),
        };
        await p.showModel(broken);
        // Move off and back: the card is drawn again from the new model, not left from the test before.
        await p.page.mouse.move(1, 1);
        await p.page.hover('.toc-node[data-toc-id="Spelnamiddag"] > .toc-box');
        await p.page.waitForSelector('.toc-details[data-toc-for="Spelnamiddag"]:not([hidden])');
        const card = await p.page.textContent('.toc-details');
        expect(card).toContain(seed.elements.find(e => e.id === 'Spelnamiddag')!.description!);
        expect(card).not.toContain('NaN');
        await p.showModel(seed);
    });

    it('asks the extension to export from its own toolbar', async () => {
        await p.page.click('.toc-export-svg');
        await p.page.click('.toc-export-png');
        const asked = await p.outboundOf('exportRequest', 2);
        expect(asked).toEqual([{ type: 'exportRequest', format: 'svg' }, { type: 'exportRequest', format: 'png' }]);
    });

    it('reaches every control with the keyboard', async () => {
        await p.page.focus('.toc-zoom-out');
        const reached: string[] = [];
        for (let i = 0; i < 16; i++) {
            reached.push(await p.page.evaluate(() => document.activeElement?.className ?? ''));
            await p.page.keyboard.press('Tab');
        }
        for (const cls of ['toc-details-toggle', 'toc-direction', 'toc-focus', 'toc-filter-toggle', 'toc-search', 'toc-filter-horizon', 'toc-export-svg']) {
            expect(reached.some(c => c.includes(cls))).toBe(true);
        }
        expect(p.errors).toEqual([]);
        expect(await p.violations()).toEqual([]);
    });
});

describe('remembering', () => {
    it('brings back zoom, scroll, direction, details, focus and collapsed goals after a reload', async () => {
        const p = await openPreview(browser, 'high-contrast', { width: 900, height: 800 });
        await p.showModel(seed, { direction: 'down', details: true });
        await p.page.focus('.toc-frame');
        await p.page.keyboard.press('+');
        await p.page.keyboard.press('ArrowDown');
        await p.page.click('.toc-node[data-toc-id="Rechten"] > .toc-box');
        await p.page.click('.toc-collapse');
        await p.page.click('.toc-focus');
        await p.page.waitForTimeout(300);
        const before = await view(p);
        await p.page.reload();
        await p.page.waitForFunction(() => document.querySelector('.toc-toolbar'));
        // After Reload Window the extension sends the model again, without options of its own choosing.
        await p.page.evaluate(() => new Promise(r => setTimeout(r, 50)));
        await p.send({ type: 'model', model: seed });
        await p.page.waitForFunction(() => Number((document.querySelector('.toc-stage') as HTMLElement).dataset.tocReady ?? 0) > 0);
        await shot(p, 'reloaded-hc');
        expect(await view(p)).toEqual(before);
        expect(await p.page.getAttribute('.toc-stage', 'data-toc-direction')).toBe('down');
        expect(await p.page.getAttribute('.toc-details-toggle', 'aria-pressed')).toBe('true');
        expect(await p.page.getAttribute('.toc-focus', 'aria-pressed')).toBe('true');
        expect(await p.page.$('.toc-node[data-toc-id="Aanspreekpunt"]')).toBeNull();
        // The selected goal came back too, so focus mode fades what does not lead to it.
        expect(await p.page.getAttribute('.toc-node[data-toc-id="Rechten"]', 'class')).toContain('toc-selected');
        expect(await p.page.getAttribute('.toc-node[data-toc-id="SocialeContacten"]', 'class')).toContain('toc-faded');
        await p.page.close();
    });
});
