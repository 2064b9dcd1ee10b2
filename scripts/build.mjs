// Builds everything, in dependency order: grammar -> TypeScript (language, diagram, cli) -> bundles (cli, preview, extension, web page).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { inputsHash, writeStamp } from './build-inputs.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const started = Date.now();
// Hashed before building: an edit made while the build runs leaves the stamp stale, so the next test run rebuilds.
const inputs = inputsHash();

function run(label, cmd, args, cwd = root) {
    const t = Date.now();
    const r = spawnSync(cmd, args, { cwd, stdio: 'inherit', shell: false });
    if (r.status !== 0) {
        console.error(`build: ${label} failed`);
        process.exit(r.status ?? 1);
    }
    console.log(`build: ${label} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
}

run('grammar', process.execPath, [path.join(root, 'scripts/langium-generate.mjs')]);
run('typescript', process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-b', 'tsconfig.json']);
for (const pkg of ['cli', 'preview', 'extension', 'web']) {
    const script = path.join(root, 'packages', pkg, 'build.mjs');
    try {
        await import('node:fs').then(fs => fs.accessSync(script));
    } catch {
        continue;
    }
    run(pkg, process.execPath, [script], path.join(root, 'packages', pkg));
}
writeStamp(inputs);
console.log(`build: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
