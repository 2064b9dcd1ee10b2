#!/usr/bin/env node
// `npm run fuzz [-- --runs N] [-- --seed N]`: the long robustness run (10,000 cases by default).
// Bundles the TypeScript fuzz harness with esbuild (packages stay external, so the built language,
// diagram and langium are the ones under test), then runs it. Exit code 0 when nothing broke, 1 when a
// case failed (its input is saved under test/robustness/regressions/), 2 for bad arguments.
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');

let values;
try {
    ({ values } = parseArgs({
        options: { runs: { type: 'string', default: '10000' }, seed: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
        strict: true,
    }));
} catch (e) {
    console.error(`fuzz: ${e.message.split('\n')[0]} (usage: npm run fuzz -- [--runs N] [--seed N])`);
    process.exit(2);
}
if (values.help) {
    console.log('Usage: npm run fuzz -- [--runs N] [--seed N]\n  --runs N   how many cases (default 10000)\n  --seed N   replay a run: the seed printed by an earlier run');
    process.exit(0);
}
const runs = Number(values.runs);
const seed = values.seed === undefined ? (Date.now() ^ (Math.random() * 0x7fffffff)) | 0 : Number(values.seed);
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(seed)) {
    console.error('fuzz: --runs takes a whole number above 0 and --seed a whole number');
    process.exit(2);
}

// langium needs Object.groupBy on Node 20: the polyfill goes first.
createRequire(import.meta.url)('toc-language/polyfill');
const esbuild = await import('esbuild');
const outDir = path.join(root, 'test-results', 'fuzz');
fs.mkdirSync(outDir, { recursive: true });
const bundle = path.join(outDir, 'fuzz-run.mjs');
await esbuild.build({
    entryPoints: [path.join(here, 'fuzz-run.ts')], outfile: bundle, bundle: true, platform: 'node', format: 'esm',
    packages: 'external', sourcemap: 'inline', logLevel: 'error', target: 'node20',
});
const { runFuzz, KNOWN_BUGS } = await import(pathToFileURL(bundle).href);

console.log(`fuzz: ${runs} cases, seed ${seed} (replay with: npm run fuzz -- --seed ${seed} --runs ${runs})`);
const { ok, stats } = await runFuzz({ runs, seed, regressions: path.join(here, 'regressions'), log: line => console.log(line) });
const kinds = Object.entries(stats.byKind).map(([k, n]) => `${n} ${k}`).join(', ');
console.log(`fuzz: ${stats.cases} cases (${kinds}), ${stats.files} files, ${stats.characters} characters, largest ${stats.largest}, ${(stats.ms / 1000).toFixed(1)} s`);
for (const bug of KNOWN_BUGS) {
    const n = stats.known.get(bug.id) ?? 0;
    if (n > 0) console.log(`fuzz: known bug "${bug.id}" hit ${n} times (regressions.test.ts, it.fails)`);
}
console.log(ok ? `fuzz: passed (seed ${seed})` : `fuzz: FAILED (seed ${seed})`);
process.exit(ok ? 0 : 1);
