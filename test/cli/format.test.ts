/** `toc format` as a real process: rewrites only what changes, keeps BOM and line endings, --check for CI. */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, runToc, tmpDir } from './support.js';

beforeAll(() => ensureBuilt(), 180_000);

const MESSY = [
    'theorie "Test"',
    'doel   Doel1 "Een doel"  {',
    '  tussendoel Sub1 "Een tussendoel"',
    '      actie A1 KT ->Sub1 "Een actie" { trekker "Jan" }',
    '}',
    '',
    '',
    '',
    'uitdaging U "Een uitdaging met   spaties   in de tekst"',
].join('\n') + '\n';

function setUp(): { dir: string; lf: string; crlf: string; bom: string; tidy: string } {
    const dir = tmpDir('format');
    const lf = path.join(dir, 'lf.toc');
    const crlf = path.join(dir, 'crlf.toc');
    const bom = path.join(dir, 'sub', 'bom.toc');
    const tidy = path.join(dir, 'tidy.toc');
    fs.mkdirSync(path.dirname(bom));
    fs.writeFileSync(lf, MESSY);
    fs.writeFileSync(crlf, MESSY.replace(/\n/g, '\r\n'));
    fs.writeFileSync(bom, '\uFEFF' + MESSY);
    return { dir, lf, crlf, bom, tidy };
}

describe('toc format', () => {
    it('--check lists the files that are not formatted and exits 1, changing nothing', () => {
        const f = setUp();
        const before = fs.readFileSync(f.lf, 'utf8');
        const r = runToc(['format', '--check', f.dir]);
        expect(r.code).toBe(1);
        const listed = r.stdout.split('\n').filter(l => l.startsWith('not formatted: ')).map(l => path.resolve(l.slice('not formatted: '.length)));
        expect(listed.sort()).toEqual([f.bom, f.crlf, f.lf].sort());
        expect(fs.readFileSync(f.lf, 'utf8')).toBe(before);
    });

    it('rewrites the files, keeping each one\'s BOM and line endings; then --check passes', () => {
        const f = setUp();
        const r = runToc(['format', f.dir]);
        expect(r.code, r.stderr).toBe(0);
        const lf = fs.readFileSync(f.lf, 'utf8');
        const crlf = fs.readFileSync(f.crlf, 'utf8');
        const bom = fs.readFileSync(f.bom, 'utf8');
        expect(lf).not.toBe(MESSY);
        expect(lf).toContain('\n    tussendoel Sub1 "Een tussendoel"\n');
        expect(lf).not.toContain('\r');
        expect(crlf).toBe(lf.replace(/\n/g, '\r\n'));
        expect(bom).toBe('\uFEFF' + lf);
        // Strings are never touched.
        expect(lf).toContain('"Een uitdaging met   spaties   in de tekst"');
        expect(runToc(['check', f.lf]).code).toBe(0);
        const again = runToc(['format', '--check', f.dir]);
        expect(again.code).toBe(0);
        expect(again.stdout).toContain('all formatted');
    });

    it('leaves a formatted file alone (not even rewritten)', () => {
        const f = setUp();
        expect(runToc(['format', f.lf]).code).toBe(0);
        const past = new Date('2020-01-01T00:00:00Z');
        fs.utimesSync(f.lf, past, past);
        const r = runToc(['format', f.lf]);
        expect(r.code).toBe(0);
        expect(r.stdout).not.toContain('formatted: ');
        expect(fs.statSync(f.lf).mtime.getTime()).toBe(past.getTime());
    });

    it('shows no progress when stderr is not a terminal, even for many files', () => {
        const dir = tmpDir('format-many');
        for (let i = 0; i < 25; i++) fs.writeFileSync(path.join(dir, `f${i}.toc`), MESSY);
        const r = runToc(['format', '--check', dir]);
        expect(r.code).toBe(1);
        expect(r.stderr).toBe('');
        expect(r.stdout.split('\n').filter(l => l.startsWith('not formatted: '))).toHaveLength(25);
    });

    it('bad usage: no path, a missing path: exit 2 with one line naming the path', () => {
        const none = runToc(['format']);
        expect(none.code).toBe(2);
        expect(none.stderr.trimEnd().split('\n')).toHaveLength(1);
        const missing = runToc(['format', 'no/such/plan.toc']);
        expect(missing.code).toBe(2);
        expect(missing.stderr).toMatch(/^toc format: no\/such\/plan\.toc: no such file or folder\n$/);
    });
});

describe('the shipped examples', () => {
    // What a new user copies first must already be in the standard layout: CI runs this with every test run.
    it('pass toc format --check examples', () => {
        const r = runToc(['format', '--check', 'examples']);
        expect(r.stdout).not.toContain('not formatted:');
        expect(r.code, r.stdout + r.stderr).toBe(0);
        expect(r.stdout).toMatch(/^\d+ files checked: all formatted$/m);
    });
});
