import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import ElkModule from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { layoutDiagram, renderSvg, renderTheorySvg, toDiagramGraph, type ThemeName } from 'toc-diagram';
import type { TheoryJson } from 'toc-language/model';
import { element, result, theory } from './support/fixtures.js';
import { exampleFiles, theoryOf, theoryOfText } from './support/load.js';

// elkjs's typings declare an ES default export; under NodeNext the CommonJS module is the namespace.
const ELK = ElkModule as unknown as typeof ElkModule.default;
const elk = new ELK();

function parse(svg: string): Document {
    const problems: string[] = [];
    const doc = new DOMParser({ onError: (level, message) => problems.push(`${level}: ${message}`) }).parseFromString(svg, 'image/svg+xml');
    expect(problems).toEqual([]);
    return doc;
}

function all(doc: Document): Element[] {
    return Array.from(doc.getElementsByTagName('*')) as Element[];
}

function byTocId(doc: Document): Map<string, Element> {
    const map = new Map<string, Element>();
    for (const el of all(doc)) {
        const id = el.getAttribute('data-toc-id');
        if (id !== null) map.set(id, el);
    }
    return map;
}

async function svgOf(t: TheoryJson, theme: ThemeName = 'light', details = true): Promise<string> {
    return renderSvg(await layoutDiagram(toDiagramGraph(t, { details }), elk), { theme, issues: true });
}

const ALLOWED_ELEMENTS = new Set(['svg', 'style', 'rect', 'g', 'text', 'title', 'line', 'path', 'circle']);
const HOSTILE = ['</svg><script>alert(1)</script>', '"onload="x', 'Tom & Jerry <b>', 'abc\u202Edef', 'Gezin 👨‍👩‍👧 🎉', "it's"];

describe('SVG', () => {
    it.each(exampleFiles())('draws every element, result and indicator of %s, and every contribution', async file => {
        const model = await theoryOf(file);
        const doc = parse(await renderTheorySvg(model, { details: true }));
        const ids = byTocId(doc);
        for (const e of model.elements) {
            expect(ids.get(e.id)?.getAttribute('data-toc-kind')).toBe(e.kind);
            for (const r of e.results) {
                expect(ids.get(r.id)?.getAttribute('data-toc-kind')).toBe('result');
                for (const i of r.indicators) expect(ids.get(i.id)?.getAttribute('data-toc-kind')).toBe('indicator');
            }
        }
        const edges = all(doc).map(e => e.getAttribute('data-toc-edge')).filter((x): x is string => x !== null);
        expect(new Set(edges)).toEqual(new Set(model.contributions.map(c => `${c.from}->${c.to}`)));
    });

    it('keeps hostile text as text: no injected element or attribute', async () => {
        const hostile = HOSTILE.join(' ');
        const t = theory([
            element('A', 'action', {
                name: HOSTILE[0], description: hostile, owner: HOSTILE[1], partners: [HOSTILE[2]!],
                results: [result('A.result1', { description: hostile, indicators: [{ id: 'A.result1.indicator1', description: hostile, measurements: [], range: element('x', 'goal').range }] })],
            }),
            element('G"><script>x</script>', 'goal', { description: HOSTILE[3]! + HOSTILE[4]! }),
        ], [['A', 'G"><script>x</script>']], {
            title: hostile, vision: hostile,
            issues: { A: [{ rule: 'x', severity: 'warning', message: hostile }] },
        });
        for (const theme of ['light', 'dark', 'high-contrast', 'vscode'] as const) {
            const svg = await svgOf(t, theme);
            const doc = parse(svg);
            for (const el of all(doc)) {
                expect(ALLOWED_ELEMENTS.has(el.tagName)).toBe(true);
                for (const a of Array.from(el.attributes)) {
                    expect(a.name.toLowerCase().startsWith('on')).toBe(false);
                    expect(a.name).toMatch(/^(xmlns|class|width|height|viewBox|font-family|font-size|font-weight|role|aria-label|x|y|x1|y1|x2|y2|rx|ry|r|cx|cy|d|transform|text-anchor|data-toc-(id|kind|edge|from|to))$/);
                }
            }
            const text = all(doc).filter(e => e.tagName === 'text' || e.tagName === 'title').map(e => e.textContent ?? '').join('\n');
            for (const h of HOSTILE) expect(text).toContain(h);
            expect(byTocId(doc).get('G"><script>x</script>')?.getAttribute('data-toc-kind')).toBe('goal');
            expect(svg).not.toContain('<script');
        }
    });

    it('strips control characters that XML does not allow', async () => {
        const svg = await svgOf(theory([element('A', 'action', { description: 'bell\u0007 null\u0000 esc\u001b lone\uD800 end' })], []));
        const doc = parse(svg);
        expect(svg).not.toMatch(/[\u0000\u0007\u001b\uD800]/);
        expect(all(doc).some(e => (e.textContent ?? '').includes('bell null esc lone end'))).toBe(true);
    });

    it('shows an issue badge with the count and the messages only when asked (the preview), never in a file by default', async () => {
        const t = theory([element('A', 'action')], [], {
            issues: { A: [{ rule: 'a', severity: 'warning', message: 'First remark' }, { rule: 'b', severity: 'error', message: 'Second remark' }] },
        });
        const doc = parse(await svgOf(t));
        const node = byTocId(doc).get('A')!;
        const badge = Array.from(node.getElementsByTagName('rect')).find(r => (r.getAttribute('class') ?? '').includes('toc-badge'))!;
        expect(badge.getAttribute('class')).toContain('toc-badge-error');
        const group = badge.parentNode as Element;
        expect(group.getElementsByTagName('text')[0]!.textContent).toBe('2');
        const title = group.getElementsByTagName('title')[0]!.textContent ?? '';
        expect(title).toContain('First remark');
        expect(title).toContain('Second remark');
        const legend = all(doc).filter(e => e.getAttribute('class') === 'toc-legend-text').map(e => e.textContent);
        expect(legend).toContain('remarks of the checks');
        for (const details of [false, true]) {
            const plain = parse(renderSvg(await layoutDiagram(toDiagramGraph(t, { details }), elk)));
            expect(all(plain).filter(e => (e.getAttribute('class') ?? '').includes('toc-badge'))).toEqual([]);
            expect(all(plain).map(e => e.textContent).join(' ')).not.toContain('remarks of the checks');
        }
    });

    it('details: shortens long descriptions with "…" and keeps the full text in the hover; the label is never shortened', async () => {
        const long = Array.from({ length: 60 }, (_, i) => `woord${i}`).join(' ');
        const name = 'EenHeelLangeNaamDieNietInEenRegelPastMaarWelLeesbaarBlijft';
        const doc = parse(await svgOf(theory([element(name, 'goal', { description: long })], [])));
        const node = byTocId(doc).get(name)!;
        const texts = Array.from(node.getElementsByTagName('text')).map(t => ({ cls: t.getAttribute('class'), text: t.textContent ?? '' }));
        expect(texts.filter(t => t.cls === 'toc-name').map(t => t.text).join(' ')).toBe('Een heel lange naam die niet in een regel past maar wel leesbaar blijft');
        expect(node.getElementsByTagName('title')[0]!.textContent).toContain(name);
        const desc = texts.filter(t => t.cls === 'toc-desc');
        expect(desc.length).toBeLessThanOrEqual(4);
        expect(desc[desc.length - 1]!.text.endsWith('…')).toBe(true);
        expect(node.getElementsByTagName('title')[0]!.textContent).toContain(long);
    });

    it('gives each result a traffic light and its norm', async () => {
        const model = await theoryOfText(`actie A KT -> D "a" {
    resultaat Gehaald "g" { norm >= 30% indicator I { meting 2026-01 40% } }
    resultaat NietGehaald "n" { norm >= 30% indicator J { meting 2026-01 10% } }
    resultaat Open "o" { norm >= 30% indicator K }
}
doel D -> U "d"
uitdaging U "u"
`);
        for (const details of [false, true]) {
            const doc = parse(renderSvg(await layoutDiagram(toDiagramGraph(model, { details }), elk)));
            const ids = byTocId(doc);
            const dot = (id: string) => Array.from(ids.get(id)!.getElementsByTagName('circle'))[0]!.getAttribute('class');
            expect(dot('Gehaald')).toContain('toc-dot-met');
            expect(dot('NietGehaald')).toContain('toc-dot-not-met');
            expect(dot('Open')).toContain('toc-dot-not-measured');
            // Compact: the lights sit in the action's box, in text order, and say it all in their hover.
            if (!details) {
                expect(Array.from(ids.get('A')!.getElementsByTagName('g')).map(g => g.getAttribute('data-toc-id')).filter(Boolean)).toEqual(['Gehaald', 'NietGehaald', 'Open']);
                expect(ids.get('NietGehaald')!.getElementsByTagName('title')[0]!.textContent).toBe('Resultaat (niet gehaald): NietGehaald: n · Norm ≥ 30% · gemeten 10% (2026-01)');
                continue;
            }
            const words = Array.from(ids.get('NietGehaald')!.getElementsByTagName('text')).map(t => t.textContent).join(' ');
            expect(words).toContain('niet gehaald');
            expect(words).toContain('Norm ≥ 30%');
        }
    });

    it('uses VS Code theme variables only in the vscode theme', async () => {
        const t = theory([element('A', 'action'), element('G', 'goal')], [['A', 'G']]);
        expect(await svgOf(t, 'vscode')).toContain('var(--vscode-editor-foreground');
        for (const theme of ['light', 'dark', 'high-contrast'] as const) expect(await svgOf(t, theme)).not.toContain('var(');
        const noStyle = renderSvg(await layoutDiagram(toDiagramGraph(t), elk), { theme: 'vscode', embedStyle: false });
        expect(noStyle).not.toContain('<style');
    });

    it('dims imported elements', async () => {
        const doc = parse(await svgOf(theory([element('A', 'action'), element('G', 'goal', { external: 'file:///x/other.toc' })], [['A', 'G']])));
        const g = byTocId(doc).get('G')!;
        expect(g.getAttribute('class')).toContain('toc-external');
        expect(Array.from(g.getElementsByTagName('text')).map(t => t.textContent).join(' ')).toContain('other.toc');
    });

    it.each([['nl', 'uitdaging'], ['en', 'challenge']] as const)('shows how to start when the theory is empty (%s)', async (lang, keyword) => {
        const svg = await renderTheorySvg(theory([], [], { lang }));
        const doc = parse(svg);
        const text = all(doc).filter(e => e.tagName === 'text').map(e => e.textContent).join('\n');
        expect(text).toMatch(new RegExp(`^${keyword} `, 'm'));
        expect(byTocId(doc).size).toBe(0);
    });
});

describe('one thing on hover', () => {
    it('leaves the box tooltips out where the preview shows its card (remarks too: the card lists them), keeping the aria-label', async () => {
        const t = await theoryOf(exampleFiles().find(f => f.endsWith('in-zetje.toc'))!);
        const l = await layoutDiagram(toDiagramGraph(t), elk);
        const withCard = parse(renderSvg(l, { theme: 'light', interactive: true, issues: true, cardOnHover: true }));
        const plain = parse(renderSvg(l, { theme: 'light', interactive: true, issues: true }));
        const nodes = (doc: Document) => all(doc).filter(e => e.getAttribute('class')?.split(' ')[0] === 'toc-node');
        // The titles in boxes, by the class of what they describe (toc-node, toc-light, toc-horizon-pill, toc-badge-pill).
        const titles = (doc: Document, cls: string) => all(doc)
            .filter(e => e.tagName === 'title' && (e.parentNode as Element).getAttribute('class')?.startsWith(cls))
            .filter(e => nodes(doc).some(n => n === e.parentNode || n === e.parentNode?.parentNode));
        expect(titles(plain, 'toc-node').length).toBe(nodes(plain).length);
        expect(titles(plain, 'toc-light').length).toBeGreaterThan(0);
        expect(titles(plain, 'toc-horizon').length).toBeGreaterThan(0);
        expect(titles(plain, 'toc-badge').length).toBeGreaterThan(0);
        expect(titles(withCard, 'toc-node')).toHaveLength(0);
        expect(titles(withCard, 'toc-light')).toHaveLength(0);
        expect(titles(withCard, 'toc-horizon')).toHaveLength(0);
        expect(titles(withCard, 'toc-badge')).toHaveLength(0);
        expect(nodes(withCard).every(g => (g.getAttribute('aria-label') ?? '').length > 0)).toBe(true);
    });
});
