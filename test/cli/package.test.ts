/**
 * The command line as a user gets it: `npm pack` of packages/cli, installed into an empty folder, run with npx.
 * The tarball holds only the bin and the bundles (the dispatch and one per command, language, diagram and ELK inside); npm fetches resvg (from its
 * cache when it has it).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/run-toc.js';

function run(cmd: string, args: string[], cwd: string) {
    const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout: 280_000, env: { ...process.env, NO_COLOR: '1', npm_config_yes: 'true' } });
    return { code: r.status ?? -1, out: `${r.stdout}${r.stderr}` };
}

describe('the toc-cli npm tarball', () => {
    it('installs in an empty folder, and npx toc init / check / render run from it', () => {
        const packs = fs.mkdtempSync(path.join(os.tmpdir(), 'toc-pack-'));
        const pack = run('npm', ['pack', '-w', 'packages/cli', '--pack-destination', packs, '--json'], ROOT);
        expect(pack.code, pack.out).toBe(0);
        const tarball = path.join(packs, 'toc-cli-0.1.0.tgz');
        const files = (JSON.parse(pack.out.slice(pack.out.indexOf('['))) as Array<{ files: Array<{ path: string }> }>)[0]!.files.map(f => f.path).sort();
        const commands = ['check', 'export', 'format', 'import', 'init', 'plan', 'render-pdf', 'render'].map(c => `dist/commands/${c}.cjs`);
        expect(files).toEqual(['LICENSE', 'README.md', 'bin/compile-cache.cjs', 'bin/toc.cjs', ...commands, 'dist/toc.cjs', 'package.json']);

        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'toc-try-'));
        fs.writeFileSync(path.join(dir, 'package.json'), '{ "name": "try", "version": "1.0.0", "private": true }\n');
        const install = run('npm', ['install', tarball, '--prefer-offline', '--no-audit', '--no-fund'], dir);
        expect(install.code, install.out).toBe(0);
        expect(run('npx', ['toc', 'init', 'mijn-plan.toc'], dir).code).toBe(0);
        const check = run('npx', ['toc', 'check', 'mijn-plan.toc'], dir);
        expect(check.out).toContain('1 file checked: 0 errors, 0 warnings');
        expect(check.code).toBe(0);
        // PNG needs the native resvg that npm installed beside it.
        expect(run('npx', ['toc', 'render', 'mijn-plan.toc', '--format', 'png', '-o', 'schema.png'], dir).code).toBe(0);
        expect(fs.readFileSync(path.join(dir, 'schema.png')).subarray(1, 4).toString()).toBe('PNG');
    }, 300_000);
});
