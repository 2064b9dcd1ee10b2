/**
 * vitest globalSetup for every project: builds once, before any test, when an output is missing or the inputs
 * changed since the last build (scripts/build-inputs.mjs). In-process tests read the sources (the `source`
 * export condition), but the bins, the server over stdio, the preview bundle and the .vsix run built code:
 * a stale or missing output is rebuilt here, never skipped.
 */
import { spawnSync } from 'node:child_process';
import { missingOutput, root, staleReason } from '../../scripts/build-inputs.mjs';

export default function setup(): void {
    const reason = staleReason();
    if (reason === null) return;
    console.log(`[build] ${reason}: node scripts/build.mjs`);
    // Under the machine-wide build lock: parallel runs must not rewrite out/ and dist/ while another reads them.
    const r = spawnSync('flock', ['/tmp/toc-build.lock', process.execPath, 'scripts/build.mjs'], { cwd: root, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`the build failed:\n${r.stdout}\n${r.stderr}`);
    const missing = missingOutput();
    if (missing) throw new Error(`the build did not write ${missing}`);
}
