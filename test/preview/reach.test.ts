/** Focus, collapse, filters and search: the preview's pure parts, without a browser. */
import { describe, expect, it } from 'vitest';
import { clearElements, filterChoices } from '../../packages/preview/src/filters.js';
import { focusSet, hiddenBy, withoutHidden } from '../../packages/preview/src/reach.js';
import { searchElements } from '../../packages/preview/src/search.js';
import { element, result, theory } from '../diagram/support/fixtures.js';

// C <- G1 <- S1 <- A1, A2;  C <- G2 <- A3;  A2 also -> G2.
const t = theory([
    element('C', 'challenge'),
    element('G1', 'goal', { description: 'Buurtbewoners kennen elkaar' }),
    element('S1', 'subgoal'),
    element('G2', 'goal'),
    element('A1', 'action', { horizonLabel: 'KT', owner: 'Buurtwerker', results: [result('A1.result1', { state: 'met' })] }),
    element('A2', 'action', { horizonLabel: 'LT', owner: 'OCMW', results: [result('A2.result1', { state: 'not-met' })] }),
    element('A3', 'action', { name: 'SociaalRestaurant', horizonLabel: 'KT', description: 'Eén keer per week samen eten in het Financiëncentrum' }),
], [['G1', 'C'], ['G2', 'C'], ['S1', 'G1', true], ['A1', 'S1'], ['A2', 'S1'], ['A2', 'G2'], ['A3', 'G2']]);

describe('focus mode', () => {
    it('keeps a goal, what leads to it and what it leads to', () => {
        expect([...focusSet(t, 'G1')].sort()).toEqual(['A1', 'A2', 'C', 'G1', 'S1']);
    });
    it('on an action keeps its chain to the challenge only', () => {
        expect([...focusSet(t, 'A3')].sort()).toEqual(['A3', 'C', 'G2']);
    });
});

describe('collapsing a goal', () => {
    it('hides what leads only to it, and keeps an action that also works on another goal', () => {
        expect([...hiddenBy(t, ['G1'])].sort()).toEqual(['A1', 'S1']);
        const drawn = withoutHidden(t, hiddenBy(t, ['G1']));
        expect(drawn.elements.map(e => e.id)).toEqual(['C', 'G1', 'G2', 'A2', 'A3']);
        expect(drawn.contributions.some(c => c.from === 'A1' || c.to === 'S1')).toBe(false);
    });
    it('hides the whole chain when every goal it reaches is collapsed', () => {
        expect([...hiddenBy(t, ['G1', 'G2'])].sort()).toEqual(['A1', 'A2', 'A3', 'S1']);
    });
    it('hides nothing for a goal nothing leads to', () => {
        expect(hiddenBy(t, ['C']).size).toBe(6);
        expect(hiddenBy(theory([element('G', 'goal')], []), ['G']).size).toBe(0);
    });
});

describe('filters', () => {
    it('offers the horizons, owners and states that occur', () => {
        expect(filterChoices(t)).toEqual({ horizons: ['KT', 'LT'], owners: ['Buurtwerker', 'OCMW'], statuses: ['met', 'not-met'] });
    });
    it('keeps the matching actions and what they lead to', () => {
        expect([...clearElements(t, { horizon: 'KT' })!].sort()).toEqual(['A1', 'A3', 'C', 'G1', 'G2', 'S1']);
        expect([...clearElements(t, { owner: 'OCMW' })!].sort()).toEqual(['A2', 'C', 'G1', 'G2', 'S1']);
        expect([...clearElements(t, { status: 'met', horizon: 'KT' })!].sort()).toEqual(['A1', 'C', 'G1', 'S1']);
        expect(clearElements(t, { horizon: '' })).toBeUndefined();
    });
});

describe('search', () => {
    it('finds by name, by name read as words, and by description, without caring for case or accents', () => {
        expect(searchElements(t, 'a1').map(e => e.id)).toEqual(['A1']);
        expect(searchElements(t, 'sociaal restaurant').map(e => e.id)).toEqual(['A3']);
        expect(searchElements(t, 'financien').map(e => e.id)).toEqual(['A3']);
        expect(searchElements(t, 'KENNEN').map(e => e.id)).toEqual(['G1']);
        expect(searchElements(t, '  ')).toEqual([]);
    });
});
