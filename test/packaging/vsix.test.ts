/**
 * The extension as it is published: `npm run package` (vsce) must finish without a warning or an error, with no
 * made-up repository address in the manifest, and the .vsix must carry what its README shows.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/run-toc.js';

const ext = path.join(ROOT, 'packages/extension');

function run(cmd: string, args: string[], cwd = ROOT) {
    const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout: 280_000, env: { ...process.env, NO_COLOR: '1' } });
    return { code: r.status ?? -1, out: `${r.stdout}${r.stderr}` };
}

/** vsce's complaints: its WARNING and ERROR lines (an unanswered prompt shows as a question). */
const complaints = (out: string) => out.split('\n').filter(l => /WARNING|ERROR|\[y\/N\]/i.test(l));

describe('the .vsix', () => {
    it('packages with vsce without a warning, and holds the README\'s pictures', () => {
        // Under the build lock: a parallel build must not rewrite dist/ while vsce reads it.
        const pack = run('flock', ['/tmp/toc-build.lock', 'npm', 'run', 'package', '-w', 'packages/extension']);
        expect(pack.code, pack.out).toBe(0);
        expect(complaints(pack.out), pack.out).toEqual([]);
        const ls = run('npx', ['vsce', 'ls', '--no-dependencies'], ext);
        expect(ls.code, ls.out).toBe(0);
        expect(complaints(ls.out), ls.out).toEqual([]);
        const files = ls.out.split('\n').map(l => l.trim());
        const readme = fs.readFileSync(path.join(ext, 'README.md'), 'utf8');
        const pictures = [...readme.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map(m => m[1]);
        expect(pictures.length).toBeGreaterThan(0);
        for (const picture of pictures) expect(files, picture).toContain(picture);
    }, 300_000);

    it('names no repository or web address that does not exist', () => {
        for (const manifest of ['packages/extension/package.json', 'packages/cli/package.json']) {
            const json = JSON.parse(fs.readFileSync(path.join(ROOT, manifest), 'utf8')) as Record<string, unknown>;
            expect(json.repository, manifest).toBeUndefined();
            expect(json.homepage, manifest).toBeUndefined();
            expect(json.bugs, manifest).toBeUndefined();
        }
    });
});
