/**
 * The provisional picture (layout/provisional.ts): a big theory's boxes in their columns before ELK is done.
 */
import { describe, expect, it } from 'vitest';
import { prepareLayout, provisionalLayout, renderSvg, toDiagramGraph, type LayoutedDiagram } from 'toc-diagram';
import { generateTheory } from '../../bench/generate.mjs';
import { element, theory } from './support/fixtures.js';
import { theoryOfText } from './support/load.js';

function overlaps(l: LayoutedDiagram): string[] {
    const out: string[] = [];
    l.nodes.forEach((a, i) => l.nodes.slice(i + 1).forEach(b => {
        if (a.x < b.x + b.content.width && b.x < a.x + a.content.width && a.y < b.y + b.content.height && b.y < a.y + a.content.height) out.push(`${a.node.id} / ${b.node.id}`);
    }));
    return out;
}

const RANK = { action: 0, subgoal: 1, goal: 2, challenge: 3 } as const;

describe('provisionalLayout', () => {
    it('puts every box of a 300-box theory in its column, none over another, without arrows, inside the drawing', async () => {
        const t = await theoryOfText(generateTheory({ nodes: 300, seed: 1 }).text);
        for (const direction of ['right', 'down'] as const) {
            const l = provisionalLayout(prepareLayout(toDiagramGraph(t), { direction }));
            expect(l.nodes).toHaveLength(300);
            expect(l.edges).toEqual([]);
            expect(overlaps(l)).toEqual([]);
            // Columns by kind, along the flow: every action before every subgoal, and so on.
            const across = direction === 'right' ? 'x' : 'y';
            for (const a of l.nodes) {
                for (const b of l.nodes) {
                    if (RANK[a.node.kind] < RANK[b.node.kind]) expect(a[across], `${a.node.id} before ${b.node.id}`).toBeLessThan(b[across]);
                }
                expect(a.x + a.content.width).toBeLessThanOrEqual(l.width);
                expect(a.y + a.content.height).toBeLessThanOrEqual(l.height);
            }
        }
    });

    it('stacks a column in the order of what its boxes lead to, text order among equals', () => {
        const t = theory(
            [element('C', 'challenge'), element('G1', 'goal'), element('G2', 'goal'), element('A1', 'action'), element('A2', 'action'), element('A3', 'action')],
            [['G1', 'C'], ['G2', 'C'], ['A1', 'G2'], ['A2', 'G1'], ['A3', 'G2']],
        );
        const l = provisionalLayout(prepareLayout(toDiagramGraph(t)));
        const y = (id: string) => l.nodes.find(n => n.node.id === id)!.y;
        expect(y('G1')).toBeLessThan(y('G2'));
        // A2 leads to G1, the first goal: on top; A1 and A3 (to G2) after it, as written.
        expect(y('A2')).toBeLessThan(y('A1'));
        expect(y('A1')).toBeLessThan(y('A3'));
    });

    it('keeps the boxes without arrows in the row under the drawing, as the laid-out picture does', () => {
        const t = theory([element('C', 'challenge'), element('G', 'goal'), element('Los', 'action')], [['G', 'C']]);
        const l = provisionalLayout(prepareLayout(toDiagramGraph(t)));
        const loose = l.nodes.find(n => n.node.id === 'Los')!;
        expect(l.loose).toBeDefined();
        expect(loose.y).toBeGreaterThan(l.loose!.y);
        expect(renderSvg(l)).toContain('Not connected yet');
    });
});
