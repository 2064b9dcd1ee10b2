/** The git-ignored work folder and the generated inputs in it. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { generateText, generateTheory } from '../generate.mjs';

export const WORK = path.resolve(import.meta.dirname, '../.work');
export const ROOT = path.resolve(import.meta.dirname, '../..');

/** Writes a generated theory into its own folder under .work and returns { file, text, stats }. */
export function theoryFile(spec, seed = 1) {
    const gen = spec.lines ? generateText({ lines: spec.lines, seed }) : generateTheory({ nodes: spec.nodes, seed });
    const name = spec.lines ? `lines-${spec.lines}` : `nodes-${spec.nodes}`;
    const dir = path.join(WORK, name);
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, 'theory.toc');
    fs.writeFileSync(file, gen.text);
    return { file, dir, text: gen.text, stats: gen.stats };
}
