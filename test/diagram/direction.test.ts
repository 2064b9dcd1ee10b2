/** chooseDirection: the reading direction that shows a theory largest in the panel, checked against real layouts. */
import ElkModule from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { chooseDirection, layoutDiagram, toDiagramGraph, type DiagramGraph } from 'toc-diagram';
import { element, theory } from './support/fixtures.js';
import { exampleFiles, theoryOf } from './support/load.js';

// The CommonJS module is the constructor itself at run time; its typings say `.default`.
const ELK = ElkModule as unknown as typeof ElkModule.default;
const elk = new ELK();

/** Many actions on few subgoals: wide layers. */
function bushy(): DiagramGraph {
    const els = [element('C', 'challenge'), element('G', 'goal'), element('S1', 'subgoal'), element('S2', 'subgoal')];
    const cs: Array<[string, string]> = [['G', 'C'], ['S1', 'G'], ['S2', 'G']];
    for (let i = 0; i < 12; i++) {
        els.push(element(`A${i}`, 'action'));
        cs.push([`A${i}`, i % 2 ? 'S1' : 'S2']);
    }
    return toDiagramGraph(theory(els, cs));
}

/** A long chain of subgoals, one box per column: narrow layers. */
function chain(): DiagramGraph {
    const els = [element('C', 'challenge'), element('G', 'goal'), element('A', 'action')];
    const cs: Array<[string, string]> = [['G', 'C']];
    for (let i = 0; i < 7; i++) {
        els.push(element(`S${i}`, 'subgoal'));
        cs.push([`S${i}`, i === 6 ? 'G' : `S${i + 1}`]);
    }
    cs.push(['A', 'S0']);
    return toDiagramGraph(theory(els, cs));
}

/** The zoom at which the real layout fits the panel (never above 100%, as the preview fits). */
async function fitScale(graph: DiagramGraph, direction: 'right' | 'down', w: number, h: number): Promise<number> {
    const l = await layoutDiagram(graph, elk, { direction });
    return Math.min(1, w / l.width, h / l.height);
}

describe('chooseDirection', () => {
    it('keeps many actions in a column (right) even in a tall side panel, where down would make one wide row', async () => {
        const g = bushy();
        expect(chooseDirection(420, 1000, g)).toBe('right');
        expect(await fitScale(g, 'right', 420, 1000)).toBeGreaterThan(await fitScale(g, 'down', 420, 1000));
    });

    it('lays a long narrow chain downwards in a tall panel and to the right in a wide one', async () => {
        const g = chain();
        expect(chooseDirection(420, 1000, g)).toBe('down');
        expect(chooseDirection(1600, 500, g)).toBe('right');
        expect(await fitScale(g, 'down', 420, 1000)).toBeGreaterThan(await fitScale(g, 'right', 420, 1000));
    });

    it.each(exampleFiles())('picks for %s a direction whose real layout is at least 90% as large as the other', async file => {
        const g = toDiagramGraph(await theoryOf(file));
        for (const [w, h] of [[750, 800], [420, 1000], [1600, 500]] as const) {
            const chosen = chooseDirection(w, h, g);
            const other = chosen === 'right' ? 'down' : 'right';
            expect(await fitScale(g, chosen, w, h), `${w}×${h}`).toBeGreaterThanOrEqual(0.9 * await fitScale(g, other, w, h));
        }
    });

    it('answers right for an empty theory or a panel without size', () => {
        expect(chooseDirection(0, 0, chain())).toBe('right');
        expect(chooseDirection(500, 500, toDiagramGraph(theory([], [])))).toBe('right');
    });
});
