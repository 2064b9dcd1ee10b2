/**
 * Every input the fuzzer ever broke something with, replayed. A `.toc` file in regressions/ is one
 * document; a `.json` file maps file names to texts (`{ "main.toc": "…", "lib.toc": "…" }`) — JSON,
 * because UTF-8 cannot hold a lone surrogate and the language server can receive one. The fuzzer saves
 * shrunk failures as `regressions/fuzz-seed<N>.json`. Bugs it found in the core are replayed below:
 * when one is fixed, its test fails — make it a plain `it` and drop it from known-bugs.ts.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEnv, runPipeline, type Env } from './harness.js';
import { unknownProblems } from './known-bugs.js';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'regressions');
let env: Env;
beforeAll(async () => {
    env = await createEnv();
});

function inputs(): Array<{ name: string; files: Record<string, string> }> {
    return fs.readdirSync(dir).sort().flatMap(name => {
        const p = path.join(dir, name);
        if (name.endsWith('.json')) {
            const files = JSON.parse(fs.readFileSync(p, 'utf8')) as Record<string, string>;
            return files['main.toc'] === undefined ? [] : [{ name, files }];
        }
        return name.endsWith('.toc') ? [{ name, files: { 'main.toc': fs.readFileSync(p, 'utf8') } }] : [];
    });
}
const read = (name: string): Record<string, string> => name.endsWith('.json')
    ? JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8'))
    : { 'main.toc': fs.readFileSync(path.join(dir, name), 'utf8') };

describe('saved crash inputs', () => {
    it('there are saved inputs to replay', () => {
        expect(inputs().length).toBeGreaterThanOrEqual(3);
    });
    for (const input of inputs()) {
        it(`${input.name}: the whole pipeline (checks, model, editor features, quick fixes, diagram) survives`, async () => {
            const { problems } = await runPipeline(env, input.files, { offsets: [0, 3, 7, 11, 1e6], diagram: true, codeActions: true });
            expect(unknownProblems(problems)).toEqual([]);
        });
    }
});

describe('fixed bugs', () => {
    // Was: buildTheoryModel read `m.indicator.ref` on a top-level `meting` with nothing after it.
    it('a top-level `meting` with nothing after it does not crash the model', async () => {
        const { problems } = await runPipeline(env, read('top-measurement-without-indicator.toc'));
        expect(problems).toEqual([]);
    });
});

describe('bugs found by this suite in the core, now fixed', () => {
    // Was: a lone surrogate in an import path made every later build throw (URIError).
    it('an import path with a lone surrogate is reported, not a crash; the next document still builds', async () => {
        const first = await runPipeline(env, read('import-path-lone-surrogate.json'));
        const next = await runPipeline(env, { 'main.toc': 'goal Daarna\n' });
        expect([...first.problems, ...next.problems]).toEqual([]);
    });

    // Was: the fix inserted a second string after an empty one.
    it('the "add a description" fix on an empty description leaves a document without syntax errors', async () => {
        const { problems } = await runPipeline(env, read('description-fix-on-empty-description.toc'), { codeActions: true });
        expect(problems).toEqual([]);
    });

    // Was: a block's subgoals came before its actions, whatever the text said.
    it('TheoryJson lists elements in text order when an action precedes a sibling subgoal', async () => {
        const { json } = await runPipeline(env, read('elements-in-text-order.toc'));
        expect(json!.elements.map(e => e.id)).toEqual(['Buurt1', 'Buurt2', 'Buurt3', 'Buurt4']);
    });
});
