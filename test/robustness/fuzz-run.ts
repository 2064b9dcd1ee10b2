/**
 * The long fuzz run behind `npm run fuzz` (test/robustness/fuzz.mjs bundles this file and calls
 * `runFuzz`). Mixes valid theories, mutated ones and plain noise; every case goes through the whole
 * pipeline (harness.ts). A failure is shrunk, printed with its seed and path, and saved under
 * test/robustness/regressions/ so a regression test replays it.
 */
import fc from 'fast-check';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lostProblems } from './expectations.js';
import { createEnv, runPipeline, type Env } from './harness.js';
import { KNOWN_BUGS, unknownProblems } from './known-bugs.js';
import { mutatedTheoryArb, noiseArb, validTheoryArb, type ExpectedTheory } from './theory-arbitraries.js';

const SHRINK_SECONDS = 120;

export interface FuzzOptions {
    runs: number;
    seed: number;
    /** Folder to save a shrunk failing input in. */
    regressions: string;
    log: (line: string) => void;
}

type FuzzCase =
    | { kind: 'valid'; theory: ExpectedTheory; files: Record<string, string>; offsets: number[]; diagram: boolean; fixes: boolean }
    | { kind: 'mutated' | 'noise'; files: Record<string, string>; offsets: number[]; diagram: boolean; fixes: boolean };

const extras = { offsets: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }), diagram: fc.nat(9).map(n => n === 0), fixes: fc.nat(4).map(n => n === 0) };

export const fuzzCaseArb: fc.Arbitrary<FuzzCase> = fc.oneof(
    { weight: 2, arbitrary: fc.record({ theory: validTheoryArb, ...extras }).map(c => ({ kind: 'valid' as const, files: c.theory.files, ...c })) },
    { weight: 5, arbitrary: fc.record({ m: mutatedTheoryArb, ...extras }).map(({ m, ...c }) => ({ kind: 'mutated' as const, files: m.files, ...c })) },
    { weight: 1, arbitrary: fc.record({ text: noiseArb, ...extras }).map(({ text, ...c }) => ({ kind: 'noise' as const, files: { 'main.toc': text }, ...c })) },
).map(c => Object.defineProperty(c, fc.toStringMethod, { value: () => `${c.kind} files ${JSON.stringify(c.files)}`, enumerable: false }));

export interface FuzzStats {
    cases: number; files: number; characters: number; largest: number; ms: number;
    byKind: Record<string, number>; known: Map<string, number>;
}

export async function checkCase(env: Env, c: FuzzCase, known?: Map<string, number>): Promise<string[]> {
    const { problems, json, diagnostics } = await runPipeline(env, c.files, { offsets: c.offsets, diagram: c.diagram, codeActions: c.fixes });
    const out = unknownProblems(problems, known);
    if (c.kind === 'valid' && problems.length === 0) {
        for (const d of diagnostics) {
            if (['syntax-error', 'unresolved-reference', 'duplicate-name'].includes(String(d.code))) out.push(`valid theory got ${d.code}: ${d.message}`);
        }
        if (json) out.push(...lostProblems(json, c.theory));
    }
    return out;
}

export async function runFuzz(options: FuzzOptions): Promise<{ ok: boolean; stats: FuzzStats }> {
    let env = await createEnv();
    const stats: FuzzStats = { cases: 0, files: 0, characters: 0, largest: 0, ms: 0, byKind: {}, known: new Map() };
    const started = Date.now();
    let shrinking = false;
    let failedAt = 0;
    const property = fc.asyncProperty(fuzzCaseArb, async c => {
        // Shrinking re-runs the whole pipeline per step. Past the budget every candidate "passes", which
        // ends the shrink with the smallest failing input found so far.
        if (shrinking && Date.now() - failedAt > SHRINK_SECONDS * 1000) return;
        if (!shrinking) {
            stats.cases++;
            stats.byKind[c.kind] = (stats.byKind[c.kind] ?? 0) + 1;
            for (const text of Object.values(c.files)) {
                stats.files++;
                stats.characters += text.length;
                stats.largest = Math.max(stats.largest, text.length);
            }
            if (stats.cases % 1000 === 0) options.log(`  ${stats.cases} cases, ${((Date.now() - started) / 1000).toFixed(0)} s`);
        }
        const problems = await checkCase(env, c, shrinking ? undefined : stats.known);
        if (problems.length > 0) {
            env = await createEnv(); // a failure may leave the workspace broken; each case starts clean
            if (!shrinking) options.log(`  case ${stats.cases} failed (${problems[0]!.split('\n')[0]!.slice(0, 300)}); shrinking for at most ${SHRINK_SECONDS} s…`);
            if (!shrinking) failedAt = Date.now();
            shrinking = true;
            throw new Error(problems.join('\n'));
        }
    });
    const result = await fc.check(property, { numRuns: options.runs, seed: options.seed });
    stats.ms = Date.now() - started;
    if (!result.failed) return { ok: true, stats };

    const counterexample = result.counterexample?.[0];
    options.log('');
    options.log(`FAILED after ${result.numRuns} cases (seed ${result.seed}, path "${result.counterexample ? result.counterexamplePath : ''}")`);
    options.log(String(result.errorInstance instanceof Error ? result.errorInstance.message : result.errorInstance).slice(0, 4000));
    if (counterexample) {
        // JSON, not .toc files: UTF-8 cannot hold a lone surrogate, and the language server can receive one.
        const file = path.join(options.regressions, `fuzz-seed${result.seed}.json`);
        fs.writeFileSync(file, JSON.stringify(counterexample.files, null, 2) + '\n');
        options.log(`input saved as ${path.relative(process.cwd(), file)} (regressions.test.ts replays every file there)`);
        options.log(`files: ${JSON.stringify(counterexample.files).slice(0, 2000)}`);
    }
    options.log(`replay: npm run fuzz -- --seed ${result.seed} --runs ${result.numRuns}`);
    return { ok: false, stats };
}

export { KNOWN_BUGS };
