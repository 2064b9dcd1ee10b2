// `npm test`: the static checks (tsc over src and test, ESLint, the mutation check), every vitest suite (unit, browser, e2e, bench
// smoke), then one line `N passed, N failed` totalling them all, each static check counting as one test.
// Builds first, and installs missing system packages when root.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const results = path.join(root, 'test-results');
fs.mkdirSync(results, { recursive: true });

function step(label, cmd, cmdArgs) {
    const r = spawnSync(cmd, cmdArgs, { cwd: root, stdio: 'inherit' });
    if (r.status !== 0) {
        console.error(`test: ${label} failed`);
        console.log('0 passed, 1 failed');
        process.exit(1);
    }
}

if (!process.env.TOC_SKIP_SYSTEM_SETUP) step('system packages', 'bash', [path.join(root, 'scripts/setup-system.sh')]);
step('build', process.execPath, [path.join(root, 'scripts/build.mjs')]);

// The projects run one group after another: the real-VS-Code and browser tests wait on what a user would
// see, and sharing two cores with the unit tests' large inputs made them time out.
const groups = args.length > 0 ? [args] : [['--project', 'unit'], ['--project', 'browser'], ['--project', 'e2e'], ['--project', 'bench']];
let passed = 0, failed = 0, skipped = 0;
/** What failed, named again just above the last line: CI logs are often read from their end. */
const failures = [];

// Static checks: each passes or fails as one test; a failure does not stop the suites from running.
const STATIC_CHECKS = [
    ['typecheck: src and test', [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.check.json']],
    ['typecheck: extension', [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'packages/extension/tsconfig.json']],
    // The web page as its own tsconfig has it (DOM lib, its rootDir); tsconfig.check.json covers it with the rest.
    ['typecheck: web', [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'packages/web/tsconfig.json']],
    ['typecheck: e2e tests', [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'test/e2e/tsconfig.json']],
    ['eslint', [path.join(root, 'node_modules/eslint/bin/eslint.js'), '.']],
    // The mistakes the tests exist to catch, made in a scratch copy: each must turn its tests red.
    ['mutation check', [path.join(root, 'scripts/mutation-check.mjs')]],
];
if (args.length === 0) {
    for (const [label, cmdArgs] of STATIC_CHECKS) {
        const r = spawnSync(process.execPath, cmdArgs, { cwd: root, stdio: 'inherit' });
        if (r.status === 0) passed++;
        else { failed++; failures.push(label); console.error(`test: ${label} failed`); }
    }
}
groups.forEach((group, i) => {
    const report = path.join(results, `vitest-${i}.json`);
    fs.rmSync(report, { force: true });
    const vitest = spawnSync(process.execPath, [path.join(root, 'node_modules/vitest/vitest.mjs'), 'run',
        '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...group], { cwd: root, stdio: 'inherit' });
    let groupFailed = 0;
    try {
        const json = JSON.parse(fs.readFileSync(report, 'utf8'));
        passed += json.numPassedTests;
        groupFailed = json.numFailedTests;
        skipped += json.numPendingTests + json.numTodoTests;
        // A file that fails before any test runs (an import error, a failed beforeAll) counts as one failure.
        for (const file of json.testResults ?? []) {
            const name = path.relative(root, file.name);
            const failedTests = (file.assertionResults ?? []).filter(t => t.status === 'failed');
            for (const t of failedTests) {
                const why = (t.failureMessages?.[0] ?? '').split('\n')[0].slice(0, 300);
                failures.push(`${name} > ${t.fullName ?? t.title}${why ? ` (${why})` : ''}`);
            }
            if (file.status === 'failed' && failedTests.length === 0) {
                groupFailed++;
                failures.push(`${name}: ${(file.message ?? 'failed before its tests ran').split('\n')[0]}`);
            }
        }
    } catch {
        groupFailed = Math.max(1, groupFailed);
        failures.push(`${group.join(' ')}: no test report was written`);
    }
    if (vitest.status !== 0 && groupFailed === 0) {
        groupFailed = 1;
        failures.push(`${group.join(' ')}: vitest exited with ${vitest.status ?? vitest.signal}`);
    }
    failed += groupFailed;
});
for (const f of failures) console.log(`failed: ${f}`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
