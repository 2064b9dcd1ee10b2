/** The highlight follows the element that holds the cursor, also on a norm or indicator line. */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { elementAt } from '../../packages/extension/src/preview/element-at.js';
import { EXAMPLES, theoryOf } from '../diagram/support/load.js';

const file = path.join(EXAMPLES, 'zorgzame-buurt.toc');
const lines = readFileSync(file, 'utf8').split('\n');
/** 0-based line of the first line that holds `text` after the line holding `after`. */
function lineOf(text: string, after = ''): number {
    const from = after ? lines.findIndex(l => l.includes(after)) : 0;
    return lines.findIndex((l, i) => i >= from && l.includes(text));
}

describe('the element at the cursor', () => {
    it('is the action on its name, on its norm line and on its indicator line', async () => {
        const model = await theoryOf(file);
        const at = (line: number) => elementAt(model, { line, character: 8 })?.id;
        expect(at(lineOf('actie Spelnamiddag'))).toBe('Spelnamiddag');
        expect(at(lineOf('norm', 'actie Spelnamiddag'))).toBe('Spelnamiddag');
        expect(at(lineOf('indicator', 'actie Spelnamiddag'))).toBe('Spelnamiddag');
    });
    it('is the subgoal written inside a goal, and the goal on its own lines', async () => {
        const model = await theoryOf(file);
        const sub = lineOf('tussendoel ElkaarKennen');
        expect(elementAt(model, { line: sub, character: 30 })?.id).toBe('ElkaarKennen');
        expect(elementAt(model, { line: lineOf('doel SocialeContacten'), character: 2 })?.id).toBe('SocialeContacten');
    });
});
