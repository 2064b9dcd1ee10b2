/**
 * The preview's behaviour in headless Chromium under the webview CSP: the message protocol
 * (ready, reveal, highlight, export), keyboard and toolbar, the syntax-error banner, stale layouts.
 */
import { PNG } from 'pngjs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TheoryJson } from 'toc-language';
import { element, result, theory } from '../diagram/support/fixtures.js';
import { EXAMPLES, theoryOf } from '../diagram/support/load.js';
import { ensurePreviewBuilt, launch, openPreview, type PreviewPage } from '../diagram/support/preview-page.js';
import path from 'node:path';

let browser: Browser;
let p: PreviewPage;
let seed: TheoryJson;

/** A theory with n actions in chains towards one challenge: big enough for a layout that takes a while. */
function big(n: number, prefix = 'A'): TheoryJson {
    const els = [element('C', 'challenge')];
    const cs: Array<[string, string]> = [];
    for (let g = 0; g < n / 10; g++) {
        els.push(element(`${prefix}G${g}`, 'goal'));
        cs.push([`${prefix}G${g}`, 'C']);
        for (let a = 0; a < 9; a++) {
            els.push(element(`${prefix}${g}_${a}`, 'action', { results: [result(`${prefix}${g}_${a}.result1`, { description: 'x' })] }));
            cs.push([`${prefix}${g}_${a}`, `${prefix}G${g}`]);
            if (a > 0) cs.push([`${prefix}${g}_${a}`, `${prefix}G${(g + 1) % Math.ceil(n / 10)}`]);
        }
    }
    return theory(els, cs, { uri: `file:///t/${prefix}.toc` });
}

beforeAll(async () => {
    ensurePreviewBuilt();
    seed = await theoryOf(path.join(EXAMPLES, 'zorgzame-buurt.toc'));
    browser = await launch();
    p = await openPreview(browser, 'light');
});

afterAll(async () => {
    await browser?.close();
});

const reveals = async () => (await p.outbound()).filter(m => m.type === 'reveal');
const revealsAtLeast = (n: number) => p.outboundOf('reveal', n);

describe('the preview', () => {
    it('says ready, draws the model and reveals a clicked node with its range', async () => {
        expect((await p.outbound())[0]).toEqual({ type: 'ready' });
        await p.showModel(seed, { details: true });
        const before = (await reveals()).length;
        await p.page.click('[data-toc-id="Isolement"] > rect.toc-box');
        const r = await revealsAtLeast(before + 1);
        expect(r.length).toBe(before + 1);
        expect(r[r.length - 1]).toEqual({ type: 'reveal', id: 'Isolement', range: seed.elements.find(e => e.id === 'Isolement')!.range });
        expect(await p.page.getAttribute('[data-toc-id="Isolement"]', 'class')).toContain('toc-selected');
    });

    it('reveals a result (its light on the compact box) with the result range', async () => {
        const spel = seed.elements.find(e => e.id === 'Spelnamiddag')!;
        const before = (await reveals()).length;
        await p.page.click(`[data-toc-id="${spel.results[0]!.id}"] > circle.toc-dot`);
        const r = await revealsAtLeast(before + 1);
        expect(r[r.length - 1]).toEqual({ type: 'reveal', id: spel.results[0]!.id, range: spel.results[0]!.range });
    });

    it('lets the keyboard reach nodes with Tab and reveal with Enter', async () => {
        await p.page.focus('.toc-frame');
        let focused = '';
        for (let i = 0; i < 12 && !focused; i++) {
            await p.page.keyboard.press('Tab');
            focused = await p.page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset?.tocId ?? '');
        }
        expect(seed.elements.map(e => e.id)).toContain(focused);
        const before = (await reveals()).length;
        await p.page.keyboard.press('Enter');
        const r = await revealsAtLeast(before + 1);
        expect(r.length).toBe(before + 1);
        expect(r[r.length - 1]!.id).toBe(focused);
    });

    it('highlights the element the editor points at, with its edges', async () => {
        await p.send({ type: 'highlight', id: 'ElkaarKennen' });
        await p.page.waitForSelector('[data-toc-id="ElkaarKennen"].toc-selected');
        const edges = await p.page.$$eval('[data-toc-edge].toc-selected', els => els.map(e => (e as SVGGElement).dataset.tocEdge));
        expect(edges).toContain('Spelnamiddag->ElkaarKennen');
        expect(edges).toContain('ElkaarKennen->SocialeContacten');
        expect(await p.page.$$('.toc-nodes > .toc-selected')).toHaveLength(1);
    });

    it('zooms with keys and fits again', async () => {
        const scale = () => p.page.evaluate(() => new DOMMatrix(getComputedStyle(document.querySelector('.toc-stage')!).transform).a);
        await p.page.focus('.toc-frame');
        await p.page.keyboard.press('0');
        const fitted = await scale();
        await p.page.keyboard.press('+');
        expect(await scale()).toBeGreaterThan(fitted);
        await p.page.click('.toc-zoom-out');
        await p.page.click('.toc-zoom-out');
        expect(await scale()).toBeLessThan(fitted);
        await p.page.keyboard.press('f');
        expect(await scale()).toBeCloseTo(fitted, 5);
    });

    it('exports SVG text and a PNG data URL', async () => {
        await p.send({ type: 'export', format: 'svg' });
        await p.page.waitForFunction(() => (window as unknown as { __tocOut: Array<{ type: string; format?: string }> }).__tocOut.some(m => m.type === 'exported' && m.format === 'svg'));
        await p.send({ type: 'export', format: 'png' });
        await p.page.waitForFunction(() => (window as unknown as { __tocOut: Array<{ type: string; format?: string }> }).__tocOut.some(m => m.type === 'exported' && m.format === 'png'));
        const out = await p.outbound();
        const svg = out.find(m => m.type === 'exported' && m.format === 'svg')!.data as string;
        expect(svg.startsWith('<svg')).toBe(true);
        expect(svg).toContain('data-toc-id="Isolement"');
        expect(svg).toContain('<style>');
        const png = out.find(m => m.type === 'exported' && m.format === 'png')!.data as string;
        expect(png.startsWith('data:image/png;base64,')).toBe(true);
        const image = PNG.sync.read(Buffer.from(png.slice('data:image/png;base64,'.length), 'base64'));
        expect(image.width).toBeGreaterThan(500);
        expect(image.height).toBeGreaterThan(500);
    });

    it('exports the picture of the file just switched to, not the one still on screen', async () => {
        const other = big(300, 'Other');
        const before = (await p.outbound()).length;
        // Asked for at once: the other file's layout is not done yet, so the old picture is still on screen.
        await p.send({ type: 'model', model: other });
        await p.send({ type: 'export', format: 'svg' });
        await p.page.waitForFunction(n => (window as unknown as { __tocOut: Array<{ type: string }> }).__tocOut
            .slice(n).some(m => m.type === 'exported'), before, { timeout: 110_000 });
        const svg = (await p.outbound()).slice(before).find(m => m.type === 'exported')!.data as string;
        expect(svg).toContain('data-toc-id="OtherG0"');
        expect(svg).not.toContain('data-toc-id="Isolement"');
        await p.send({ type: 'model', model: seed });
        await p.page.waitForFunction(() => document.querySelector('[data-toc-id="Isolement"]') !== null);
    });

    it('keeps the last correct picture under a banner while the text has errors', async () => {
        const count = await p.drawCount();
        const broken: TheoryJson = { ...seed, elements: seed.elements.slice(0, 2), contributions: [], hasSyntaxErrors: true };
        await p.send({ type: 'model', model: broken });
        await p.page.waitForSelector('.toc-banner:not([hidden])');
        expect(await p.page.textContent('.toc-banner')).toContain('laatste correcte schema');
        expect(await p.drawCount()).toBe(count);
        expect(await p.page.$$('.toc-nodes > [data-toc-id]')).toHaveLength(seed.elements.length);
        await p.showModel(seed);
        expect(await p.page.isHidden('.toc-banner')).toBe(true);
    });

    it('uses the words of the theory: Dutch toolbar for a Dutch theory', async () => {
        expect(await p.page.textContent('.toc-direction')).toMatch(/^Richting/);
        expect(await p.page.getAttribute('.toc-search', 'placeholder')).toBe('Zoeken');
        await p.showModel(theory([element('A', 'action')], [], { lang: 'en' }));
        expect(await p.page.textContent('.toc-direction')).toMatch(/^Direction/);
        expect(await p.page.getAttribute('.toc-search', 'placeholder')).toBe('Search');
    });

    it('toggles details and direction from the toolbar, and tells the extension to remember them', async () => {
        await p.showModel(seed, { direction: 'right', details: true });
        const resultId = seed.elements.find(e => e.id === 'Spelnamiddag')!.results[0]!.id;
        expect(await p.page.$(`g.toc-result[data-toc-id="${resultId}"]`)).not.toBeNull();
        let count = await p.drawCount();
        await p.page.click('.toc-details-toggle');
        await p.page.waitForFunction(c => Number((document.querySelector('.toc-stage') as HTMLElement).dataset.tocReady) > c, count);
        // Compact: the result is a light on its box, no card.
        expect(await p.page.$(`g.toc-result[data-toc-id="${resultId}"]`)).toBeNull();
        expect(await p.page.$(`g.toc-light[data-toc-id="${resultId}"]`)).not.toBeNull();
        expect(await p.page.getAttribute('.toc-details-toggle', 'aria-pressed')).toBe('false');
        expect((await p.outbound()).filter(m => m.type === 'choose').at(-1)).toEqual({ type: 'choose', options: { details: false } });
        const x = () => p.page.evaluate(() => {
            const m = (document.querySelector('[data-toc-id="Isolement"]') as SVGGElement).transform.baseVal.consolidate()!.matrix;
            return { e: m.e, f: m.f };
        });
        const right = await x();
        count = await p.drawCount();
        await p.page.click('.toc-direction');
        await p.page.waitForFunction(c => Number((document.querySelector('.toc-stage') as HTMLElement).dataset.tocReady) > c, count);
        const down = await x();
        expect(down.f).toBeGreaterThan(right.f); // the challenge moved to the bottom
        expect((await p.outbound()).filter(m => m.type === 'choose').at(-1)).toEqual({ type: 'choose', options: { direction: 'down' } });
        count = await p.drawCount();
        await p.page.click('.toc-direction');
        await p.page.click('.toc-details-toggle');
        await p.page.waitForFunction(c => Number((document.querySelector('.toc-stage') as HTMLElement).dataset.tocReady) >= c + 2, count);
    });

    it('shows progress during a long layout, and a newer model wins over a stale layout', async () => {
        await p.page.evaluate(() => {
            const w = window as unknown as { __drawn: string[] };
            w.__drawn = [];
            new MutationObserver(() => {
                const stage = document.querySelector('.toc-stage') as HTMLElement;
                const first = stage.querySelector('svg .toc-nodes > [data-toc-id]') as SVGGElement | null;
                w.__drawn.push(`${first?.dataset.tocId ?? '(empty)'}${stage.dataset.tocProvisional === undefined ? '' : ' (provisional)'}`);
            }).observe(document.querySelector('.toc-stage')!, { childList: true });
        });
        await p.send({ type: 'model', model: big(1000, 'Big') });
        await p.page.waitForSelector('.toc-progress:not([hidden])');
        const small = theory([element('Small', 'action'), element('Goal', 'goal')], [['Small', 'Goal']], { uri: 'file:///t/Big.toc' });
        await p.send({ type: 'model', model: small });
        await p.page.waitForSelector('[data-toc-id="Small"]');
        // one more model after it: had the stale layout been drawn, it would show up in between
        await p.showModel({ ...small, elements: [...small.elements, element('Later', 'action')] });
        const drawn = await p.page.evaluate(() => (window as unknown as { __drawn: string[] }).__drawn);
        // The big file's provisional picture (its first, no ELK) came at once; its layout never.
        expect(drawn).toEqual(['C (provisional)', 'Small', 'Small']);
        expect(await p.page.isHidden('.toc-progress')).toBe(true);
    });

    it('keeps its warm layout worker when a newer model comes while a layout runs (no cold restart while typing)', async () => {
        const base = big(200, 'Typing');
        await p.showModel(base);
        // From here on, every worker the page starts is counted: a stopped worker would need a new one.
        await p.page.evaluate(() => {
            const w = window as unknown as { __workers: number; __drawnIds: string[] };
            w.__workers = 0;
            w.__drawnIds = [];
            const Real = window.Worker;
            window.Worker = class extends Real {
                constructor(...args: ConstructorParameters<typeof Worker>) {
                    super(...args);
                    w.__workers++;
                }
            };
            new MutationObserver(() => {
                const extra = [...document.querySelectorAll<SVGGElement>('.toc-stage [data-toc-id^="Extra"]')].map(g => g.dataset.tocId!);
                w.__drawnIds.push(extra.join(',') || '(none)');
            }).observe(document.querySelector('.toc-stage')!, { childList: true });
        });
        const withExtra = (id: string): TheoryJson => ({
            ...base, elements: [...base.elements, element(id, 'action')], contributions: [...base.contributions, { from: id, to: 'TypingG0', implicit: false }],
        });
        // Two models in one go, as two keystrokes: the first one's layout is still running when the second comes.
        const before = await p.drawCount();
        await p.page.evaluate(([a, b]) => {
            window.postMessage({ type: 'model', model: a }, '*');
            window.postMessage({ type: 'model', model: b }, '*');
        }, [withExtra('ExtraOne'), withExtra('ExtraTwo')] as const);
        await p.page.waitForFunction(b => Number((document.querySelector('.toc-stage') as HTMLElement).dataset.tocReady ?? 0) > b, before);
        await p.page.waitForSelector('[data-toc-id="ExtraTwo"]');
        const seen = await p.page.evaluate(() => {
            const w = window as unknown as { __workers: number; __drawnIds: string[] };
            return { workers: w.__workers, drawn: w.__drawnIds };
        });
        expect(seen.workers).toBe(0);
        // The superseded layout was never drawn.
        expect(seen.drawn).toEqual(['ExtraTwo']);
    });

    it('redraws a changed description without a new layout, and lays out again when an arrow changes', async () => {
        const layoutsRun = () => p.page.evaluate(() => Number((document.querySelector('.toc-stage') as HTMLElement).dataset.tocLayouts ?? 0));
        const described = (text: string): TheoryJson => ({
            ...seed, elements: seed.elements.map(e => (e.id === 'Isolement' ? { ...e, description: text } : e)),
        });
        const boxOf = (id: string) => p.page.locator(`[data-toc-id="${id}"] > rect.toc-box`).first().boundingBox();
        await p.showModel(described('Ouderen voelen zich alleen.'));
        const before = await layoutsRun();
        const box = await boxOf('Isolement');
        await p.showModel(described('Ouderen voelen zich alleen!'));
        expect(await layoutsRun()).toBe(before);
        expect(await p.page.textContent('[data-toc-id="Isolement"]')).toContain('Ouderen voelen zich alleen!');
        expect(await boxOf('Isolement')).toEqual(box);
        // One arrow fewer: a new layout.
        await p.showModel({ ...described('Ouderen voelen zich alleen!'), contributions: seed.contributions.slice(1) });
        expect(await layoutsRun()).toBe(before + 1);
    });

    it('shows how to begin for an empty theory', async () => {
        await p.showModel(theory([], [], { lang: 'nl' }));
        expect(await p.page.textContent('.toc-stage svg')).toContain('uitdaging Eenzaamheid');
    });

    it('ran without CSP violations or errors', async () => {
        expect(await p.violations()).toEqual([]);
        expect(p.errors).toEqual([]);
    });
});
