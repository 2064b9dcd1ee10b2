import ElkModule from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { LayoutMemo, layoutDiagram, prepareLayout, toDiagramGraph, type ElkLike, type LayoutedDiagram } from 'toc-diagram';
import { element, result, theory } from './support/fixtures.js';
import { exampleFiles, theoryOf } from './support/load.js';

// elkjs's typings declare an ES default export; under NodeNext the CommonJS module is the namespace.
const ELK = ElkModule as unknown as typeof ElkModule.default;
const elk = new ELK();

function overlaps(l: LayoutedDiagram): string[] {
    const out: string[] = [];
    for (let i = 0; i < l.nodes.length; i++) {
        for (let j = i + 1; j < l.nodes.length; j++) {
            const a = l.nodes[i], b = l.nodes[j];
            if (a.x < b.x + b.content.width && b.x < a.x + a.content.width && a.y < b.y + b.content.height && b.y < a.y + a.content.height) {
                out.push(`${a.node.id} / ${b.node.id}`);
            }
        }
    }
    return out;
}

/** A generated theory: challenges <- goals <- subgoals <- actions, with results. */
function generated(goals: number, subgoalsPerGoal: number, actionsPerSubgoal: number) {
    const els = [element('C', 'challenge')];
    const cs: Array<[string, string, boolean?]> = [];
    for (let g = 0; g < goals; g++) {
        els.push(element(`G${g}`, 'goal', { description: `Goal number ${g} with a description long enough to wrap over several lines in its box.` }));
        cs.push([`G${g}`, 'C']);
        for (let s = 0; s < subgoalsPerGoal; s++) {
            const sid = `S${g}_${s}`;
            els.push(element(sid, 'subgoal', { parent: `G${g}` }));
            cs.push([sid, `G${g}`, true]);
            for (let a = 0; a < actionsPerSubgoal; a++) {
                const aid = `A${g}_${s}_${a}`;
                els.push(element(aid, 'action', { horizonLabel: 'KT', horizon: 'short', results: a % 2 ? [result(`${aid}.result1`, { description: 'Half of the families come.' })] : [] }));
                cs.push([aid, sid]);
                if (a === 0 && s > 0) cs.push([aid, `S${g}_0`]);
            }
        }
    }
    return theory(els, cs);
}

describe('layout', () => {
    it.each(exampleFiles())('places every node of %s without overlaps, left to right and top to bottom', async file => {
        const model = await theoryOf(file);
        for (const direction of ['right', 'down'] as const) {
            const l = await layoutDiagram(toDiagramGraph(model), elk, { direction });
            expect(l.nodes).toHaveLength(model.elements.length);
            expect(overlaps(l)).toEqual([]);
            expect(l.edges).toHaveLength(new Set(model.contributions.map(c => `${c.from}->${c.to}`)).size);
            for (const e of l.edges) expect(e.points.length).toBeGreaterThanOrEqual(2);
        }
    });

    it('puts actions before subgoals before goals before the challenge in the flow direction', async () => {
        const graph = toDiagramGraph(generated(3, 2, 3));
        for (const [direction, axis] of [['right', 'x'], ['down', 'y']] as const) {
            const l = await layoutDiagram(graph, elk, { direction });
            const pos = (kind: string) => l.nodes.filter(n => n.node.kind === kind).map(n => n[axis]);
            expect(Math.max(...pos('action'))).toBeLessThan(Math.min(...pos('subgoal')));
            expect(Math.max(...pos('subgoal'))).toBeLessThan(Math.min(...pos('goal')));
            expect(Math.max(...pos('goal'))).toBeLessThan(Math.min(...pos('challenge')));
            expect(overlaps(l)).toEqual([]);
        }
    });

    it('ends every edge at the border of its target box', async () => {
        const l = await layoutDiagram(toDiagramGraph(generated(2, 2, 2)), elk, { direction: 'right' });
        const byId = new Map(l.nodes.map(n => [n.node.id, n]));
        for (const e of l.edges) {
            const end = e.points[e.points.length - 1];
            const t = byId.get(e.edge.to)!;
            expect(Math.abs(end.x - t.x)).toBeLessThan(1.5);
            expect(end.y).toBeGreaterThanOrEqual(t.y - 1);
            expect(end.y).toBeLessThanOrEqual(t.y + t.content.height + 1);
        }
    });

    it('still lays out when an arrow goes against the usual order (columns by kind are then dropped)', async () => {
        const t = theory([element('C', 'challenge'), element('G', 'goal'), element('A', 'action')], [['C', 'A'], ['A', 'G'], ['G', 'C']]);
        const prepared = prepareLayout(toDiagramGraph(t));
        expect(prepared.elkGraph.layoutOptions?.['elk.partitioning.activate']).toBeUndefined();
        const l = await layoutDiagram(toDiagramGraph(t), elk);
        expect(overlaps(l)).toEqual([]);
    });

    it('chooses a faster thoroughness for large theories', () => {
        const small = prepareLayout(toDiagramGraph(generated(2, 2, 2)));
        const large = prepareLayout(toDiagramGraph(generated(20, 5, 5)));
        expect(large.graph.nodes.length).toBeGreaterThan(400);
        expect(Number(large.elkGraph.layoutOptions!['elk.layered.thoroughness'])).toBeLessThan(Number(small.elkGraph.layoutOptions!['elk.layered.thoroughness']));
        expect(small.elkGraph.layoutOptions!['elk.layered.considerModelOrder.strategy']).toBe('NODES_AND_EDGES');
    });

    it('lays out an empty theory without asking ELK', async () => {
        const l = await layoutDiagram(toDiagramGraph(theory([], [])), { layout: () => Promise.reject(new Error('not called')) });
        expect(l.nodes).toEqual([]);
    });

    describe('reusing the last layout (LayoutMemo)', () => {
        /** ELK, counting the layouts it is asked for. */
        function countingElk(): ElkLike & { calls: number } {
            const counted = { calls: 0, layout: (g: Parameters<ElkLike['layout']>[0]) => { counted.calls++; return elk.layout(g); } };
            return counted;
        }
        const withDescription = (description: string) => {
            const t = generated(2, 2, 2);
            t.elements.find(e => e.id === 'G1')!.description = description;
            return toDiagramGraph(t);
        };
        const places = (l: LayoutedDiagram) => l.nodes.map(n => [n.node.id, n.x, n.y, n.content.width, n.content.height]);

        it('draws a changed description in the boxes of the last layout when no box changes size', async () => {
            const counting = countingElk();
            const memo = new LayoutMemo();
            const first = await layoutDiagram(withDescription('Every family knows where to go.'), counting, { memo });
            const second = await layoutDiagram(withDescription('Every family knows where to go!'), counting, { memo });
            expect(counting.calls).toBe(1);
            expect(memo.counts).toEqual({ laidOut: 1, reused: 1 });
            // The same places as a layout of its own, with the new text in the box.
            const fresh = await layoutDiagram(withDescription('Every family knows where to go!'), elk);
            expect(places(second)).toEqual(places(fresh));
            expect(second.edges.map(e => e.points)).toEqual(fresh.edges.map(e => e.points));
            expect(places(second)).toEqual(places(first));
            expect(second.nodes.find(n => n.node.id === 'G1')!.node.description).toBe('Every family knows where to go!');
        });

        it('lays out again when a box grows, an arrow changes or the direction changes', async () => {
            const counting = countingElk();
            const memo = new LayoutMemo();
            const short = withDescription('Short.');
            await layoutDiagram(short, counting, { memo });
            const long = withDescription('A description long enough to need more lines in its box than the short one did, and then some more words.');
            const grown = await layoutDiagram(long, counting, { memo });
            expect(counting.calls).toBe(2);
            expect(places(grown)).toEqual(places(await layoutDiagram(long, elk)));
            const arrows = toDiagramGraph({ ...generated(2, 2, 2), contributions: generated(2, 2, 2).contributions.slice(1) });
            await layoutDiagram(arrows, counting, { memo });
            await layoutDiagram(arrows, counting, { memo, direction: 'down' });
            expect(counting.calls).toBe(4);
            expect(memo.counts).toEqual({ laidOut: 4, reused: 0 });
        });
    });
});
