/**
 * The import boundaries of ARCHITECTURE.md, checked by dependency-cruiser (.dependency-cruiser.cjs) on the
 * sources: it reads every import however it is written (multi-line, re-exports, import()), resolving the
 * workspace packages to their src/ as the tests do. One test per rule, so a failure names the boundary.
 * The rules that are not about imports are ESLint's (eslint.config.mjs) and tsc's (no DOM lib outside the
 * preview); ARCHITECTURE.md says which tool checks which.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const config = createRequire(import.meta.url)(path.join(ROOT, '.dependency-cruiser.cjs')) as {
    forbidden: Array<{ name: string }>; required: Array<{ name: string }>;
};

interface Violation { rule: { name: string }; from: string; to: string; cycle?: Array<{ name: string }> }
let violations: Violation[] = [];
let cruised = 0;

beforeAll(() => {
    const bin = path.join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');
    const r = spawnSync(process.execPath, [bin, 'packages', '--config', '.dependency-cruiser.cjs', '--output-type', 'json'],
        { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 << 20 });
    // Exit code = number of violations; anything unparsable is a failure of the tool itself.
    const out = JSON.parse(r.stdout) as { summary: { violations: Violation[]; totalCruised: number } };
    violations = out.summary.violations;
    cruised = out.summary.totalCruised;
}, 120_000);

describe('import boundaries (dependency-cruiser)', () => {
    it('reads the sources of every package', () => {
        expect(cruised).toBeGreaterThan(100);
    });

    for (const rule of [...config.forbidden, ...config.required]) {
        it(rule.name, () => {
            const mine = violations.filter(v => v.rule.name === rule.name)
                .map(v => v.cycle ? [v.from, ...v.cycle.map(c => c.name)].join(' -> ') : `${v.from} -> ${v.to}`);
            expect(mine).toEqual([]);
        });
    }

    it('no violation of a rule this file does not know', () => {
        const known = new Set([...config.forbidden, ...config.required].map(r => r.name));
        expect(violations.filter(v => !known.has(v.rule.name))).toEqual([]);
    });
});
