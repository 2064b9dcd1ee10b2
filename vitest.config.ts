import { defineConfig } from 'vitest/config';

// Four projects, one run: `npm test` runs them all and totals the results.
// unit: in-process and real-process tests (language, cli, lsp over stdio, diagram, robustness)
// browser: headless Chromium via playwright-core (the preview bundle, the HTML report)
// e2e: real VS Code (code-server) driven by playwright-core
// bench: the benchmark smoke run (finishes and produces numbers; no timing assertions)
const setupFiles = ['./packages/language/polyfill.cjs'];
// "Today" for the follow-up checks (measurement-stale, deadline-passed, norm-at-risk), in this process and
// every toc, language server and VS Code it starts: no test result may depend on the day it runs.
const env = { TOC_TODAY: '2026-06-01' };
// Before any test, every project builds what is stale (the bins, the server, the bundles run built code).
const globalSetup = ['./test/support/build-once.ts'];
// In-process tests import the workspace packages from src/ (each export's `source` condition), never out/:
// a test must see the code as it is now, not as it was at the last build.
const resolve = { conditions: ['source', 'node'] };

export default defineConfig({
    resolve,
    ssr: { resolve },
    test: {
        projects: [
            {
                extends: true,
                test: {
                    // A timeout only catches a hang: many unit tests start `toc` processes, which on two busy
                    // cores took 27 s for a test that takes 6 s on an idle machine.
                    name: 'unit', setupFiles, env, globalSetup, testTimeout: 90_000,
                    include: ['test/**/*.test.ts'],
                    exclude: ['test/e2e/**', 'test/browser/**', 'test/bench/**', '**/node_modules/**'],
                },
            },
            {
                extends: true,
                test: {
                    name: 'browser', setupFiles, env, globalSetup, testTimeout: 120_000, hookTimeout: 120_000,
                    include: ['test/browser/**/*.test.ts'], fileParallelism: false,
                },
            },
            {
                extends: true,
                test: {
                    name: 'e2e', setupFiles, env, testTimeout: 180_000, hookTimeout: 600_000,
                    // One code-server for all e2e files: it is installed once and started once.
                    globalSetup: [...globalSetup, './test/e2e/global-setup.ts'],
                    include: ['test/e2e/**/*.test.ts'], fileParallelism: false,
                },
            },
            {
                extends: true,
                test: {
                    name: 'bench', setupFiles, env, globalSetup, testTimeout: 300_000, hookTimeout: 300_000,
                    include: ['test/bench/**/*.test.ts'], fileParallelism: false,
                },
            },
        ],
    },
});
