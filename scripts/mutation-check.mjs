// Makes, in a scratch copy of the repository, each mistake the test suite exists to catch, and checks that
// the relevant tests then fail (and pass without the mistake, so the failure is the mistake's).
// Run by `npm test` (scripts/test-all.mjs) and by hand: node scripts/mutation-check.mjs [name-part]
// Only the relevant test files run per mistake, to keep it to a couple of minutes.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const only = process.argv[2];

/** Folders not copied: dependencies are linked, results and caches are not needed. */
const NOT_COPIED = new Set(['.git', 'node_modules', 'test-results', '.cache']);

const VITEST = ['node_modules/vitest/vitest.mjs', 'run', '--project', 'unit'];
const TSC = ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.check.json'];

/**
 * Each mistake: the file it changes and how; `stale` keeps the build as it was (the stamp says it is
 * current), as when someone edits src and runs the tests without building; `generate` rebuilds only the
 * grammar's generated code; `fails` are the commands that must fail.
 */
const MUTATIONS = [
    {
        name: 'ALL_CHECKS emptied in src, not rebuilt',
        file: 'packages/language/src/checks/all-checks.ts',
        edit: s => s.replace(/(export const ALL_CHECKS: readonly Check\[\] = \[)[\s\S]*?(\];)/, '$1$2'),
        stale: true,
        fails: [[...VITEST, 'test/language/checks.test.ts']],
    },
    {
        name: 'a check that throws',
        file: 'packages/language/src/checks/results.ts',
        edit: s => s.replace(/(export (?:const checkResults: Check = ctx => |function checkResults\(ctx: CheckContext\)(?:: void)? )\{)/,
            "$1\n    throw new Error('mutation: this check throws');"),
        stale: true,
        fails: [[...VITEST, 'test/language/checks.test.ts']],
    },
    {
        name: 'a multi-line import of toc-diagram (in-thread ELK) into the preview',
        file: 'packages/preview/src/main.ts',
        edit: s => s.replace(/\nimport /, "\nimport {\n    renderTheorySvg,\n} from 'toc-diagram';\nvoid renderTheorySvg;\nimport "),
        stale: true,
        fails: [[...VITEST, 'test/architecture/invariants.test.ts']],
    },
    {
        name: 'a vscode import in packages/language',
        file: 'packages/language/src/model/model-json.ts',
        edit: s => s.replace(/\nimport |\nexport /, "\nimport type {\n    TextDocument as VsTextDocument,\n} from 'vscode';\nexport type MutationDocument = VsTextDocument;\n$&"),
        stale: true,
        fails: [[...VITEST, 'test/architecture/invariants.test.ts']],
    },
    {
        name: 'a keyword renamed in the grammar but not in the completion tables',
        file: 'packages/language/src/grammar/toc.langium',
        edit: s => s.replace(/'tussendoel'/g, "'subdoel'"),
        generate: true,
        stale: true,
        fails: [TSC],
    },
];

function log(message) {
    console.log(`mutation-check: ${message}`);
}

function copyTree(from, to) {
    fs.mkdirSync(to, { recursive: true });
    for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
        if (NOT_COPIED.has(entry.name)) continue;
        const a = path.join(from, entry.name), b = path.join(to, entry.name);
        if (entry.isDirectory()) copyTree(a, b);
        else if (entry.isSymbolicLink()) fs.symlinkSync(fs.readlinkSync(a), b);
        else fs.copyFileSync(a, b);
    }
}

/** A copy of the repository: sources and build outputs copied, dependencies linked, workspace links rebuilt. */
function scratchCopy() {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'toc-mutation-'));
    copyTree(root, dir);
    fs.rmSync(path.join(dir, 'bench/.work'), { recursive: true, force: true });
    const modules = path.join(dir, 'node_modules');
    fs.mkdirSync(modules);
    for (const entry of fs.readdirSync(path.join(root, 'node_modules'), { withFileTypes: true })) {
        const original = path.join(root, 'node_modules', entry.name);
        // The workspace's own packages point into the copy (their links are relative); the rest is shared.
        if (entry.isSymbolicLink() && !path.isAbsolute(fs.readlinkSync(original))) fs.symlinkSync(fs.readlinkSync(original), path.join(modules, entry.name));
        else if (entry.name === '.cache') continue;
        else fs.symlinkSync(original, path.join(modules, entry.name));
    }
    return dir;
}

function run(dir, args) {
    return spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' }, maxBuffer: 256 << 20 });
}

async function markBuilt(dir) {
    const inputs = await import(path.join(dir, 'scripts/build-inputs.mjs'));
    inputs.writeStamp(inputs.inputsHash());
}

const dir = scratchCopy();
let passed = 0, failed = 0;
try {
    await markBuilt(dir);
    const chosen = MUTATIONS.filter(x => !only || x.name.includes(only));
    // Without a mistake, every command passes: otherwise a "caught" would prove nothing.
    const baseline = [...new Map(chosen.flatMap(m => m.fails).map(a => [a.join(' '), a])).values()];
    for (const args of baseline) {
        const r = run(dir, args);
        if (r.status !== 0) {
            failed++;
            log(`FAILED  without any mistake, this already fails: ${args.slice(1).join(' ')}\n${r.stdout.slice(-3000)}\n${r.stderr.slice(-2000)}`);
        }
    }
    for (const m of failed > 0 ? [] : chosen) {
        const file = path.join(dir, m.file);
        const before = fs.readFileSync(file, 'utf8');
        const after = m.edit(before);
        if (after === before) {
            failed++;
            log(`FAILED  ${m.name}: the mutation no longer applies to ${m.file} (update scripts/mutation-check.mjs)`);
            continue;
        }
        fs.writeFileSync(file, after);
        try {
            if (m.generate) {
                const g = run(dir, ['scripts/langium-generate.mjs']);
                if (g.status !== 0) throw new Error(`langium generate failed:\n${g.stdout}\n${g.stderr}`);
            }
            if (m.stale) await markBuilt(dir);
            const stayedGreen = m.fails.filter(args => run(dir, args).status === 0);
            if (stayedGreen.length === 0) {
                passed++;
                log(`caught  ${m.name}`);
            } else {
                failed++;
                log(`MISSED  ${m.name}: still passing: ${stayedGreen.map(a => a.slice(1).join(' ')).join('; ')}`);
            }
        } finally {
            fs.writeFileSync(file, before);
            if (m.generate) run(dir, ['scripts/langium-generate.mjs']);
            await markBuilt(dir);
        }
    }
} finally {
    fs.rmSync(dir, { recursive: true, force: true });
}
log(`${passed} caught, ${failed} missed`);
process.exit(failed > 0 ? 1 : 0);
