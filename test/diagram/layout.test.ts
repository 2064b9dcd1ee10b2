import ElkModule from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { LayoutMemo, layoutDiagram, prepareLayout, toDiagramGraph, warmUpGraph, type ElkLike, type LayoutedDiagram } from 'toc-diagram';
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
            if (a!.x < b!.x + b!.content.width && b!.x < a!.x + a!.content.width && a!.y < b!.y + b!.content.height && b!.y < a!.y + a!.content.height) {
                out.push(`${a!.node.id} / ${b!.node.id}`);
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
    it.each(exampleFiles())('places every node of %s without overlaps, left to right and top to bottom, compact and detailed', async file => {
        const model = await theoryOf(file);
        for (const [direction, details] of [['right', false], ['down', false], ['right', true], ['down', true]] as const) {
            const l = await layoutDiagram(toDiagramGraph(model, { details }), elk, { direction });
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
            expect(Math.abs(end!.x - t.x)).toBeLessThan(1.5);
            expect(end!.y).toBeGreaterThanOrEqual(t.y - 1);
            expect(end!.y).toBeLessThanOrEqual(t.y + t.content.height + 1);
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

    it("has a small warm-up graph for the preview's worker, laid out with a first layout's options in four columns", async () => {
        const warm = warmUpGraph();
        const theoryOptions = prepareLayout(toDiagramGraph(theory([element('A', 'action'), element('G', 'goal')], [['A', 'G']]))).elkGraph.layoutOptions;
        expect(warm.layoutOptions).toEqual(theoryOptions);
        const result = await elk.layout(warm);
        const columns = new Set((result.children ?? []).map(c => Math.round(c.x ?? 0)));
        expect(result.children).toHaveLength(17);
        expect(columns.size).toBe(4);
        expect(result.edges!.every(e => (e as { sections?: unknown[] }).sections?.length)).toBe(true);
    });

    describe('reusing the last layout (LayoutMemo)', () => {
        /** ELK, counting the layouts it is asked for. */
        function countingElk(): ElkLike & { calls: number } {
            const counted = { calls: 0, layout: (g: Parameters<ElkLike['layout']>[0]) => { counted.calls++; return elk.layout(g); } };
            return counted;
        }
        /** Detailed boxes: their height follows the description. */
        const withDescription = (description: string) => {
            const t = generated(2, 2, 2);
            t.elements.find(e => e.id === 'G1')!.description = description;
            return toDiagramGraph(t, { details: true });
        };
        const places = (l: LayoutedDiagram) => l.nodes.map(n => [n.node.id, n.x, n.y, n.content.width, n.content.height]);

        it('draws a changed description in the boxes of the last layout when no box changes size', async () => {
            const counting = countingElk();
            const memo = new LayoutMemo();
            const first = await layoutDiagram(withDescription('Every family knows where to go.'), counting, { memo });
            const second = await layoutDiagram(withDescription('Every family knows where to go!'), counting, { memo });
            expect(counting.calls).toBe(1);
            expect(memo.counts).toMatchObject({ laidOut: 1, reused: 1 });
            // The same places as a layout of its own, with the new text in the box.
            const fresh = await layoutDiagram(withDescription('Every family knows where to go!'), elk);
            expect(places(second)).toEqual(places(fresh));
            expect(second.edges.map(e => e.points)).toEqual(fresh.edges.map(e => e.points));
            expect(places(second)).toEqual(places(first));
            expect(second.nodes.find(n => n.node.id === 'G1')!.node.description).toBe('Every family knows where to go!');
        });

        it('lays out again when a box grows, an arrow changes or the direction changes', async () => {
            const counting = countingElk();
            // Not seeded by the last layout: each layout equals one of its own.
            const memo = new LayoutMemo({ steady: 'off' });
            const short = withDescription('Short.');
            await layoutDiagram(short, counting, { memo });
            const long = withDescription('A description long enough to need more lines in its box than the short one did, and then some more words.');
            const grown = await layoutDiagram(long, counting, { memo });
            expect(counting.calls).toBe(2);
            expect(places(grown)).toEqual(places(await layoutDiagram(long, elk)));
            const arrows = toDiagramGraph({ ...generated(2, 2, 2), contributions: generated(2, 2, 2).contributions.slice(1) }, { details: true });
            await layoutDiagram(arrows, counting, { memo });
            await layoutDiagram(arrows, counting, { memo, direction: 'down' });
            expect(counting.calls).toBe(4);
            expect(memo.counts).toEqual({ laidOut: 4, reused: 0, seeded: 0 });
        });
    });

    describe('steady while typing (LayoutMemo seeds the next layout with the last one)', () => {
        /** Mean move of the boxes both layouts have, but the one edited, as a share of the median box width. */
        function meanMove(a: LayoutedDiagram, b: LayoutedDiagram, edited: string): number {
            const was = new Map(a.nodes.map(n => [n.node.id, n]));
            const moves = b.nodes.filter(n => n.node.id !== edited && was.has(n.node.id)).map(n => Math.hypot(n.x - was.get(n.node.id)!.x, n.y - was.get(n.node.id)!.y));
            const widths = a.nodes.map(n => n.content.width).sort((x, y) => x - y);
            return moves.reduce((s, m) => s + m, 0) / moves.length / widths[widths.length >> 1]!;
        }
        const withAction = (t: ReturnType<typeof generated>, to: string | undefined) => ({
            ...t,
            elements: [...t.elements, element('NewAction', 'action', { horizonLabel: 'KT', horizon: 'short' })],
            contributions: to ? [...t.contributions, { from: 'NewAction', to, implicit: false }] : t.contributions,
        });

        it.each(exampleFiles().filter(f => !f.includes('imports')))('%s: an action added for the first subgoal moves the others at most 10% of a box width on average', async file => {
            const t = await theoryOf(file);
            const first = t.elements.find(e => e.kind === 'subgoal')!.id;
            const after = { ...t, elements: [...t.elements, element('NewAction', 'action', { horizonLabel: 'KT' })], contributions: [...t.contributions, { from: 'NewAction', to: first, implicit: false }] };
            const memo = new LayoutMemo();
            const a = await layoutDiagram(toDiagramGraph(t), elk, { memo });
            const b = await layoutDiagram(toDiagramGraph(after), elk, { memo });
            expect(memo.counts.seeded).toBe(1);
            expect(meanMove(a, b, 'NewAction')).toBeLessThanOrEqual(0.1);
            expect(b.nodes.find(n => n.node.id === 'NewAction')!.x).toBe(b.nodes.find(n => n.node.kind === 'action' && n.node.id !== 'NewAction')!.x);
            expect(overlaps(b)).toEqual([]);
        });

        it('an action without a target goes under the drawing ("not connected yet") and moves nothing, even without a memo', async () => {
            const t = generated(2, 2, 2);
            const a = await layoutDiagram(toDiagramGraph(t), elk);
            const b = await layoutDiagram(toDiagramGraph(withAction(t, undefined)), elk);
            expect(meanMove(a, b, 'NewAction')).toBe(0);
            expect(b.loose!.y).toBeGreaterThanOrEqual(a.height);
            expect(b.nodes.find(n => n.node.id === 'NewAction')!.y).toBeGreaterThan(b.loose!.y);
        });

        it('starts afresh when the direction or the box style changes (the last places would mean nothing)', async () => {
            const t = generated(2, 2, 2);
            const memo = new LayoutMemo();
            await layoutDiagram(toDiagramGraph(t), elk, { memo });
            const down = await layoutDiagram(toDiagramGraph(t), elk, { memo, direction: 'down' });
            await layoutDiagram(toDiagramGraph(t, { details: true }), elk, { memo, direction: 'down' });
            expect(memo.counts).toEqual({ laidOut: 3, reused: 0, seeded: 0 });
            const places = (l: LayoutedDiagram) => l.nodes.map(n => [n.node.id, n.x, n.y]);
            expect(places(down)).toEqual(places(await layoutDiagram(toDiagramGraph(t), elk, { direction: 'down' })));
        });

        it('a moment with an arrow against the usual order (while typing) does not make the next layout start afresh', async () => {
            const t = generated(3, 2, 2);
            const memo = new LayoutMemo();
            const a = await layoutDiagram(toDiagramGraph(t), elk, { memo });
            // Half-typed text can read as an arrow from a goal back to a subgoal: no columns by kind, a plain layout.
            const backwards = { ...t, contributions: [...t.contributions, { from: 'G0', to: 'S1_0', implicit: false }] };
            await layoutDiagram(toDiagramGraph(backwards), elk, { memo });
            const b = await layoutDiagram(toDiagramGraph(withAction(t, 'S0_0')), elk, { memo });
            expect(memo.counts.seeded).toBe(1);
            expect(meanMove(a, b, 'NewAction')).toBeLessThanOrEqual(0.1);
        });

        it('a box away from one layout (its arrows unresolved for a moment) comes back to its place', async () => {
            const t = generated(3, 2, 2);
            const memo = new LayoutMemo();
            const a = await layoutDiagram(toDiagramGraph(t), elk, { memo });
            // For a moment the goals' arrows to the challenge do not resolve: the challenge stands apart, out of the layout.
            const apart = { ...t, contributions: t.contributions.filter(c => c.to !== 'C') };
            await layoutDiagram(toDiagramGraph(apart), elk, { memo });
            const b = await layoutDiagram(toDiagramGraph(withAction(t, 'S0_0')), elk, { memo });
            const challenge = (l: LayoutedDiagram) => l.nodes.find(n => n.node.id === 'C')!;
            expect(Math.abs(challenge(b).y - challenge(a).y)).toBeLessThanOrEqual(0.1 * challenge(a).content.width);
            expect(meanMove(a, b, 'NewAction')).toBeLessThanOrEqual(0.1);
        });

        it('a new action moves boxes more without the memo (the measurement can fail)', async () => {
            const t = generated(3, 2, 2);
            const after = withAction(t, 'S0_0');
            const memo = new LayoutMemo({ steady: 'off' });
            const a = await layoutDiagram(toDiagramGraph(t), elk, { memo });
            const b = await layoutDiagram(toDiagramGraph(after), elk, { memo });
            const steady = new LayoutMemo();
            const c = await layoutDiagram(toDiagramGraph(t), elk, { memo: steady });
            const d = await layoutDiagram(toDiagramGraph(after), elk, { memo: steady });
            expect(meanMove(a, b, 'NewAction')).toBeGreaterThan(meanMove(c, d, 'NewAction'));
            expect(meanMove(c, d, 'NewAction')).toBeLessThanOrEqual(0.1);
        });
    });
});
