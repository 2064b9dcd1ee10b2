// What a build is made from, as one hash: every file of every package (sources, grammar, build scripts,
// manifests) and the root build files. The build writes the hash beside its outputs; the tests' global setup
// (test/support/build-once.ts) rebuilds only when the hash differs or an output is missing.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Folders and files the build reads; everything under a folder counts, except what the build writes. */
const INPUTS = ['packages', 'scripts/build.mjs', 'scripts/langium-generate.mjs', 'scripts/build-inputs.mjs',
    'scripts/package-build.mjs',
    'langium-config.json', 'tsconfig.base.json', 'tsconfig.json', 'package.json', 'package-lock.json'];
/** Names the build writes (syntaxes/: the extension's copy of the generated grammar): skipped wherever they appear. */
const SKIP = new Set(['node_modules', 'out', 'dist', 'generated', 'syntaxes', '.cache']);
const SKIP_ENDINGS = ['.tsbuildinfo', '.vsix'];

/** Files the stamp records; what the tests need to exist after a build. */
export const STAMP = path.join(root, 'node_modules/.cache/toc-build/inputs.sha1');
export const OUTPUTS = ['packages/language/out/main.js', 'packages/language/src/generated/ast.ts',
    'packages/diagram/out/index.js', 'packages/cli/dist/toc.cjs', 'packages/cli/dist/commands/render.cjs', 'packages/preview/dist/preview.js',
    'packages/preview/dist/preview.css', 'packages/extension/dist/extension.cjs'];

function files(p, into) {
    const stat = fs.statSync(p, { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isFile()) { into.push(p); return; }
    for (const entry of fs.readdirSync(p, { withFileTypes: true })) {
        if (SKIP.has(entry.name) || SKIP_ENDINGS.some(e => entry.name.endsWith(e))) continue;
        files(path.join(p, entry.name), into);
    }
}

/** The hash of every input's path and content, in a fixed order. */
export function inputsHash() {
    const all = [];
    for (const input of INPUTS) files(path.join(root, input), all);
    all.sort();
    const hash = crypto.createHash('sha1');
    for (const file of all) {
        hash.update(path.relative(root, file)).update('\0').update(fs.readFileSync(file)).update('\0');
    }
    return hash.digest('hex');
}

export function missingOutput() {
    return OUTPUTS.find(f => !fs.existsSync(path.join(root, f)));
}

/** Why a build is needed, or null when the outputs were built from exactly these inputs. */
export function staleReason(hash = inputsHash()) {
    const missing = missingOutput();
    if (missing) return `${missing} is missing`;
    const stamp = fs.existsSync(STAMP) ? fs.readFileSync(STAMP, 'utf8').trim() : '';
    return stamp === hash ? null : 'the sources changed since the last build';
}

export function writeStamp(hash) {
    fs.mkdirSync(path.dirname(STAMP), { recursive: true });
    fs.writeFileSync(STAMP, hash + '\n');
}
