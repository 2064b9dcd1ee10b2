import { describe, expect, it } from 'vitest';
import { toDiagramGraph } from 'toc-diagram';
import { element, result, theory } from './support/fixtures.js';
import { EXAMPLES, theoryOfText } from './support/load.js';
import fs from 'node:fs';
import path from 'node:path';

const base = fs.readFileSync(path.join(EXAMPLES, 'zorgzame-buurt.toc'), 'utf8');

describe('model -> diagram graph', () => {
    it('has a node for every element and an edge for every contribution of the seed example', async () => {
        const model = await theoryOfText(base);
        const graph = toDiagramGraph(model);
        expect(graph.nodes.map(n => n.id)).toEqual(model.elements.map(e => e.id));
        expect(graph.nodes.map(n => n.kind)).toEqual(model.elements.map(e => e.kind));
        const contributions = new Set(model.contributions.map(c => `${c.from}->${c.to}`));
        expect(new Set(graph.edges.map(e => e.id))).toEqual(contributions);
        for (const e of graph.edges) expect(e.id).toBe(`${e.from}->${e.to}`);
        // nesting gives implicit edges (ElkaarKennen is written inside SocialeContacten)
        expect(graph.edges.find(e => e.id === 'ElkaarKennen->SocialeContacten')?.implicit).toBe(true);
        expect(graph.edges.find(e => e.id === 'Spelnamiddag->ElkaarKennen')?.implicit).toBe(false);
        const spel = graph.nodes.find(n => n.id === 'Spelnamiddag')!;
        expect(spel.horizonLabel).toBe('KT');
        expect(spel.owner).toBe('Buurtwerker');
        expect(spel.results.map(r => r.state)).toEqual(['met', 'not-measured']);
        expect(spel.results[0]!.normText).toBe('≥ 30%');
        expect(spel.results[0]!.latestText).toBe('34% (2026-09)');
        expect(spel.results[0]!.indicators).toHaveLength(1);
    });

    it('keeps every id when an action is added or a description changes', async () => {
        const before = toDiagramGraph(await theoryOfText(base));
        const edited = base
            .replace('"Jonge gezinnen kennen elkaar en praten met elkaar."', '"Jonge gezinnen kennen elkaar."')
            + '\nactie Buurtfeest KT -> ElkaarKennen "Een buurtfeest in de zomer."\n';
        const after = toDiagramGraph(await theoryOfText(edited));
        const afterIds = new Set(after.nodes.map(n => n.id));
        for (const n of before.nodes) expect(afterIds.has(n.id)).toBe(true);
        expect(after.nodes.map(n => n.id).filter(id => !before.nodes.some(n => n.id === id))).toEqual(['Buurtfeest']);
        const afterEdges = new Set(after.edges.map(e => e.id));
        for (const e of before.edges) expect(afterEdges.has(e.id)).toBe(true);
        const resultIds = (g: typeof before) => g.nodes.flatMap(n => n.results.flatMap(r => [r.id, ...r.indicators.map(i => i.id)]));
        expect(resultIds(after)).toEqual(resultIds(before));
        expect(after.nodes.find(n => n.id === 'ElkaarKennen')?.description).toBe('Jonge gezinnen kennen elkaar.');
    });

    it('hides results when asked, and keeps the horizon label as written', () => {
        const t = theory([
            element('A', 'action', { horizon: 'medium', horizonLabel: 'MT', results: [result('A.result1', { description: 'x' })] }),
            element('G', 'goal'),
        ], [['A', 'G']]);
        expect(toDiagramGraph(t, { showResults: false }).nodes[0]!.results).toEqual([]);
        const shown = toDiagramGraph(t).nodes[0];
        expect(shown!.results.map(r => r.id)).toEqual(['A.result1']);
        expect(shown!.horizonLabel).toBe('MT');
    });

    it('marks imported elements, carries issues, and merges a contribution written twice', () => {
        const t = theory([
            element('A', 'action'),
            element('G', 'goal', { external: 'file:///t/other%20plan.toc' }),
        ], [['A', 'G', true], ['A', 'G', false], ['A', 'Missing'], ['A', 'A']], {
            issues: { A: [{ rule: 'action-without-result', severity: 'warning', message: 'no result' }] },
        });
        const g = toDiagramGraph(t);
        expect(g.nodes.find(n => n.id === 'G')?.external).toBe('other plan.toc');
        expect(g.nodes.find(n => n.id === 'A')?.issues).toHaveLength(1);
        expect(g.edges).toEqual([{ id: 'A->G', from: 'A', to: 'G', implicit: false }]);
    });
});
