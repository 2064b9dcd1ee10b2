/** Compact boxes (the default): words for names, lights for results, a legend for every mark, sizes that fit a panel. */
import { DOMParser, type Element } from '@xmldom/xmldom';
import ElkModule from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { layoutDiagram, readableLabel, readableZoom, renderSvg, renderTheorySvg, toDiagramGraph } from 'toc-diagram';
import { element, result, theory } from './support/fixtures.js';
import { exampleFiles, theoryOf, theoryOfText } from './support/load.js';

// The CommonJS module is the constructor itself at run time; its typings say `.default`.
const ELK = ElkModule as unknown as typeof ElkModule.default;
const elk = new ELK();

function elements(svg: string): Element[] {
    return Array.from(new DOMParser().parseFromString(svg, 'image/svg+xml').getElementsByTagName('*')) as Element[];
}
const textsOf = (svg: string, cls: string) => elements(svg).filter(e => e.tagName === 'text' && e.getAttribute('class') === cls).map(e => e.textContent ?? '');

describe('readable labels', () => {
    it.each([
        ['SocialeContacten', 'Sociale contacten'],
        ['HuisVanHetKind', 'Huis van het kind'],
        ['OCMWOverleg', 'OCMW overleg'],
        ['Fase2Start', 'Fase 2 start'],
        ['buurt_werk-team', 'buurt werk team'],
        ['Isolement', 'Isolement'],
        ['KT', 'KT'],
        ['ÉénLoket', 'Één loket'],
    ])('%s reads "%s"', (name, label) => {
        expect(readableLabel(name)).toBe(label);
    });
});

describe('compact boxes', () => {
    it('show kind, label, horizon and a light per result; no description, owner or cards; the rest is in the hover', async () => {
        const t = theory([
            element('SpelNamiddag', 'action', {
                horizon: 'short', horizonLabel: 'ST', description: 'Every month a play afternoon.', owner: 'Community worker',
                results: [result('R1', { state: 'met', description: 'Thirty families come.' }), result('R2', { state: 'not-met' })],
            }),
            element('Meeting', 'goal'),
        ], [['SpelNamiddag', 'Meeting']]);
        const svg = await renderTheorySvg(t);
        expect(textsOf(svg, 'toc-name')).toEqual(['Spel namiddag', 'Meeting']);
        expect(textsOf(svg, 'toc-kind-label')).toEqual(['ACTION', 'GOAL']);
        expect(textsOf(svg, 'toc-horizon-text')).toContain('ST');
        expect(textsOf(svg, 'toc-desc')).toEqual([]);
        expect(textsOf(svg, 'toc-meta')).toEqual([]);
        const lights = elements(svg).filter(e => e.getAttribute('class') === 'toc-light');
        expect(lights.map(l => l.getAttribute('data-toc-id'))).toEqual(['R1', 'R2']);
        expect(lights.map(l => l.getElementsByTagName('circle')[0]!.getAttribute('class'))).toEqual(['toc-dot toc-dot-met', 'toc-dot toc-dot-not-met']);
        const hover = elements(svg).find(e => e.getAttribute('data-toc-id') === 'SpelNamiddag')!.getElementsByTagName('title')[0]!.textContent;
        expect(hover).toContain('Every month a play afternoon.');
        expect(hover).toContain('Community worker');
        expect(hover).toContain('Result (met): Thirty families come. · no norm yet');
    });

    it('put every mark on a box in the legend: kinds, arrows, horizons with their meaning, lights, imported boxes', async () => {
        const t = theory([
            element('A', 'action', { horizon: 'short', horizonLabel: 'KT', results: [result('A.r', { state: 'met' })] }),
            element('B', 'action', { horizon: 'long', horizonLabel: 'LT' }),
            element('S', 'subgoal', { parent: 'G' }),
            element('G', 'goal', { external: 'file:///x/other.toc' }),
        ], [['A', 'S'], ['B', 'S'], ['S', 'G', true]], { lang: 'nl' });
        const legend = textsOf(await renderTheorySvg(t), 'toc-legend-text');
        expect(legend).toEqual(expect.arrayContaining([
            'Actie', 'Tussendoel', 'Doel', 'uit een ander bestand', 'draagt bij aan', 'draagt bij aan (erin geschreven)',
            'korte termijn', 'lange termijn', 'gehaald', 'niet gehaald', 'nog niet gemeten',
        ]));
        expect(legend).not.toContain('middellange termijn');
    });

    it('never show NaN for a norm or a measurement whose number is missing', async () => {
        const model = await theoryOfText(`uitdaging U "u"
doel D -> U "d"
actie A KT -> D "a" {
    resultaat R "r" {
        norm >= %
        indicator I { meting 2026-01 % }
    }
    resultaat S "s" { norm >= }
}
`);
        for (const details of [false, true]) {
            const svg = await renderTheorySvg(model, { details });
            expect(svg).not.toMatch(/NaN|undefined|Infinity/);
        }
        expect(JSON.stringify(model)).not.toContain('NaN');
    });

    it.each(exampleFiles())('%s, drawn to the right, fits a 750×800 px panel with its labels at 11 px on screen', async file => {
        const svg = renderSvg(await layoutDiagram(toDiagramGraph(await theoryOf(file)), elk, { direction: 'right' }));
        const root = elements(svg)[0];
        const zoom = readableZoom(false);
        expect(Number(root!.getAttribute('width')) * zoom).toBeLessThanOrEqual(750);
        expect(Number(root!.getAttribute('height')) * zoom).toBeLessThanOrEqual(800 - 40); // the preview's toolbar
        for (const size of elements(svg).filter(e => e.getAttribute('class') === 'toc-name').map(e => Number(e.getAttribute('font-size')))) {
            expect(size * zoom).toBeGreaterThanOrEqual(11);
        }
    });
});
