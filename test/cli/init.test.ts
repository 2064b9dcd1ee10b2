/** `toc init`: a new theory to start from, in the language asked for or given away by the file name. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runToc } from '../support/run-toc.js';

function tempDir(): string {
    return fs.mkdtempSync(path.join(os.tmpdir(), 'toc-init-'));
}

describe('toc init', () => {
    it('writes a Dutch theory for a Dutch file name, which checks without errors or warnings', () => {
        const dir = tempDir();
        const r = runToc(['init', 'mijn-plan.toc'], { cwd: dir, env: { LANG: 'en_US.UTF-8' } });
        expect(r.stderr).toBe('');
        expect(r.code).toBe(0);
        const text = fs.readFileSync(path.join(dir, 'mijn-plan.toc'), 'utf8');
        expect(text).toMatch(/^theorie "/m);
        expect(text).toMatch(/^actie \w+ KT -> /m);
        const check = runToc(['check', '--format', 'json', 'mijn-plan.toc'], { cwd: dir });
        expect(check.code).toBe(0);
        expect(JSON.parse(check.stdout)).toEqual([]);
    });

    it('writes English with --lang en (adding .toc), and English from an English file name or system', () => {
        const dir = tempDir();
        expect(runToc(['init', '--lang', 'en', 'plan'], { cwd: dir }).code).toBe(0);
        const text = fs.readFileSync(path.join(dir, 'plan.toc'), 'utf8');
        expect(text).toMatch(/^theory "/m);
        expect(text).toMatch(/^action \w+ ST -> /m);
        expect(JSON.parse(runToc(['check', '--format', 'json', 'plan.toc'], { cwd: dir }).stdout)).toEqual([]);
        expect(runToc(['init', 'our-theory.toc'], { cwd: dir, env: { LANG: 'nl_BE.UTF-8' } }).code).toBe(0);
        expect(fs.readFileSync(path.join(dir, 'our-theory.toc'), 'utf8')).toMatch(/^challenge /m);
        // A name that tells nothing: the system's language.
        expect(runToc(['init', 'x.toc'], { cwd: dir, env: { LANG: 'nl_BE.UTF-8', LC_ALL: '' } }).code).toBe(0);
        expect(fs.readFileSync(path.join(dir, 'x.toc'), 'utf8')).toMatch(/^uitdaging /m);
    });

    it('never overwrites a file, and says how to use it when misused', () => {
        const dir = tempDir();
        fs.writeFileSync(path.join(dir, 'plan.toc'), 'mine');
        const r = runToc(['init', 'plan.toc'], { cwd: dir });
        expect(r.code).toBe(2);
        expect(r.stderr).toContain('exists already');
        expect(fs.readFileSync(path.join(dir, 'plan.toc'), 'utf8')).toBe('mine');
        expect(runToc(['init', '--lang', 'fr', 'a.toc'], { cwd: dir }).stderr).toContain('--lang is nl or en');
        expect(runToc(['init'], { cwd: dir }).code).toBe(2);
    });
});
