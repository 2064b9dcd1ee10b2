/**
 * Large and pathological input through the real `toc` process, as a user or CI runs it: a clear report
 * and exit code 0 or 1 (never a stack trace, never "internal error"); bad usage and unreadable paths give
 * one line of reason and exit code 2.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bigTheory, deepTheory } from './large-inputs.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const TOC = path.join(ROOT, 'packages/cli/bin/toc.cjs');
const EXAMPLE = path.join(ROOT, 'examples/zorgzame-buurt.toc');

let dir: string;
beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'toc-robust-'));
});
afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
});

function toc(...args: string[]) {
    const r = spawnSync(process.execPath, [TOC, ...args], { cwd: dir, encoding: 'utf8', timeout: 240_000, maxBuffer: 256 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr, signal: r.signal };
}
function write(name: string, content: string | Buffer): string {
    const p = path.join(dir, name);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, content);
    return p;
}
/** Exit 0 or 1, a report, and nothing that looks like a crash. */
function expectReport(r: ReturnType<typeof toc>) {
    expect(r.signal, r.stderr).toBeNull();
    expect([0, 1], r.stderr).toContain(r.code);
    expect(r.stderr + r.stdout).not.toMatch(/internal error|\n\s+at .+:\d+:\d+|RangeError|TypeError|Maximum call stack/);
}
/** Exit 2 and one line of reason on stderr. */
function expectUsage(r: ReturnType<typeof toc>, mentions: RegExp) {
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr.trim().split('\n'), r.stderr).toHaveLength(1);
    expect(r.stderr).toMatch(mentions);
    expect(r.stderr).not.toMatch(/\n\s+at /);
}
type Json = Array<{ rule: string; line: number; message: string; file: string }>;
const json = (r: ReturnType<typeof toc>): Json => JSON.parse(r.stdout) as Json;

describe('toc check on large and pathological files', () => {
    it('a 50,000-line file: checked, reported, no crash', () => {
        const text = bigTheory(50_000);
        expect(text.split('\n').length).toBeGreaterThanOrEqual(50_000);
        write('groot.toc', text);
        const r = toc('check', '--format', 'json', 'groot.toc');
        expectReport(r);
        const found = json(r);
        // Only what the generator put there: no syntax or name errors, and the action B1 has no result.
        expect(found.filter(d => d.rule === 'syntax-error' || d.rule === 'unresolved-reference')).toEqual([]);
        expect(found.some(d => d.rule === 'action-without-result' && d.message.includes('B1'))).toBe(true);
    }, 300_000);

    it('100 nested subgoals: checked', () => {
        write('diep100.toc', deepTheory(100));
        const r = toc('check', '--format', 'json', 'diep100.toc');
        expectReport(r);
        expect(json(r).filter(d => d.rule === 'syntax-error')).toEqual([]);
    });

    // Was: deep nesting overflowed the parser (exit 70, "internal error").
    it('2,000 nested subgoals: a clear diagnostic, no stack overflow', () => {
        write('diep.toc', deepTheory(2_000));
        const r = toc('check', '--format', 'json', 'diep.toc');
        expectReport(r);
        const errors = json(r).filter(d => d.rule === 'syntax-error');
        expect(errors).toHaveLength(1);
        expect(errors[0]!.message).toMatch(/te diep genest|nested too deeply/);
    }, 300_000);

    // Was: "Blocks are nested too deeply" and D lost: the parser overflowed on 200,000 comments (Langium
    // spread them into call arguments) and on one 5 MB text (the STRING pattern recursed per character).
    it('200,000 comment lines, or one 5 MB description: no nesting error, the goal after them is kept', () => {
        write('commentaar.toc', 'uitdaging U "u"\n' + '// c\n'.repeat(200_000) + 'doel D -> U "d"\n');
        write('lang.toc', `uitdaging U "${'x'.repeat(5_000_000)}"\ndoel D -> U "d"\n`);
        for (const file of ['commentaar.toc', 'lang.toc']) {
            const r = toc('check', '--format', 'json', file);
            expectReport(r);
            const found = json(r);
            expect(found.filter(d => d.rule === 'syntax-error'), file).toEqual([]);
            // D is there: the check that speaks about it found it.
            expect(found.some(d => d.rule === 'goal-without-action' && d.message.includes('`D`')), file).toBe(true);
        }
    }, 300_000);

    it('an import cycle (a imports b imports a): both checked, no hang', () => {
        write('cyclus/a.toc', 'import "b.toc"\ngoal A -> UitB "A."\nchallenge UitA "Uit a."\n');
        write('cyclus/b.toc', 'import "a.toc"\nchallenge UitB "Uit b."\ngoal B -> UitA "B."\n');
        const r = toc('check', '--format', 'json', 'cyclus');
        expectReport(r);
        expect(json(r).filter(d => d.rule === 'unresolved-reference' || d.rule === 'syntax-error')).toEqual([]);
    });

    it('an import of a missing file: one clear diagnostic on the import', () => {
        write('los/plan.toc', 'import "weg/nergens.toc"\nchallenge U "U."\n');
        const r = toc('check', '--format', 'json', 'los/plan.toc');
        expectReport(r);
        const missing = json(r).filter(d => d.rule === 'import-not-found');
        expect(missing).toHaveLength(1);
        expect(missing[0]!.line).toBe(1);
        expect(missing[0]!.message).toContain('weg/nergens.toc');
    });

    // Was: a .txt named on the command line ended in "internal error".
    it('a file that is not a .toc file, named on the command line: a one-line reason, no crash', () => {
        write('notities.txt', 'Dit is gewoon tekst.\nMet twee regels.\n');
        const r = toc('check', 'notities.txt');
        expect(r.stderr).not.toMatch(/internal error/);
        expect([1, 2]).toContain(r.code);
    });

    // Was: exit 1 and a report on the bytes as if they were text; `toc format` then wrote U+FFFD over them.
    it('a binary file named .toc: an encoding error, exit 2, no noise about its bytes', () => {
        const bytes = Buffer.alloc(4096);
        for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919 + 13) % 256;
        write('binair.toc', bytes);
        const r = toc('check', '--format', 'json', 'binair.toc');
        expect(r.code, r.stderr).toBe(2);
        expect(r.stderr).toMatch(/binair\.toc: not text but a binary file/);
        expect(json(r).map(d => d.rule)).toEqual(['encoding']);
    });

    it('invalid UTF-8 bytes inside a description: an error at the first bad byte, the rest still checked', () => {
        const good = Buffer.from('challenge U "Een uitdaging met een kapotte byte: ');
        write('kapot.toc', Buffer.concat([good, Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xed, 0xa0, 0x80]), Buffer.from('"\ngoal D -> U "Doel."\n')]));
        const r = toc('check', '--format', 'json', 'kapot.toc');
        expect(r.code, r.stderr).toBe(2);
        const found = json(r);
        expect(found.filter(d => d.rule === 'syntax-error' || d.rule === 'unresolved-reference')).toEqual([]);
        const encoding = found.filter(d => d.rule === 'encoding') as Array<Json[number] & { column: number }>;
        expect(encoding.map(d => [d.line, d.column])).toEqual([[1, good.length + 1]]);
        expect(encoding[0]!.message).toMatch(/byte 0xFF/);
    });

    it('a BOM and CRLF line endings give the same findings on the same lines as the plain file', () => {
        const text = fs.readFileSync(EXAMPLE, 'utf8');
        write('plain.toc', text);
        write('bom-crlf.toc', '\uFEFF' + text.replace(/\r?\n/g, '\r\n'));
        const plain = toc('check', '--format', 'json', 'plain.toc');
        const crlf = toc('check', '--format', 'json', 'bom-crlf.toc');
        expectReport(plain);
        expectReport(crlf);
        const shape = (r: ReturnType<typeof toc>) => json(r).map(d => `${d.line} ${d.rule} ${d.message}`);
        expect(shape(plain).length).toBeGreaterThan(0);
        expect(shape(crlf)).toEqual(shape(plain));
    });
});

describe('toc check usage errors: one line, exit code 2', () => {
    it('a missing path', () => {
        expectUsage(toc('check', 'bestaat-niet.toc'), /bestaat-niet\.toc/);
    });
    it('an empty folder', () => {
        fs.mkdirSync(path.join(dir, 'leeg'), { recursive: true });
        expectUsage(toc('check', 'leeg'), /leeg|no \.toc/);
    });
    it('an unreadable file (simulated with a folder named x.toc: we run as root, chmod 000 does not stop root)', () => {
        fs.mkdirSync(path.join(dir, 'onleesbaar', 'x.toc'), { recursive: true });
        expectUsage(toc('check', 'onleesbaar/x.toc'), /x\.toc/);
    });
    it('an unknown flag', () => {
        expectUsage(toc('check', '--bestaat-niet', 'plain.toc'), /bestaat-niet/);
    });
    it('an unknown command', () => {
        expectUsage(toc('controleer', 'plain.toc'), /controleer/);
    });
});

/** Every command that reads a theory. */
const READERS: Array<[string, (file: string) => string[]]> = [
    ['check', f => ['check', f]],
    ['plan', f => ['plan', f]],
    ['render', f => ['render', f]],
    ['export json', f => ['export', 'json', f]],
    ['export dot', f => ['export', 'dot', f]],
    ['format', f => ['format', f]],
    ['format --check', f => ['format', '--check', f]],
];

describe('text that is not UTF-8 is refused by every command, and left as it is', () => {
    const inputs: Array<[string, Buffer, RegExp]> = [
        // Notepad's "ANSI": Windows-1252, é is 0xE9 and ë 0xEB.
        ['ANSI (Windows-1252)', Buffer.from('uitdaging Financi\xebn "zeker voor caf\xe9s."\n', 'latin1'), /not UTF-8 text: byte 0xEB at line 1, column 18/],
        ['UTF-16 (Notepad "Unicode")', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('challenge U "u"\n', 'utf16le')]), /UTF-16/],
        ['a PNG renamed to .toc', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), /binary file/],
    ];
    for (const [what, bytes, says] of inputs) {
        it.each(READERS)(`${what}: toc %s exits 2 with one line naming the problem; the file is unchanged`, (_name, args) => {
            const file = write(`enc-${what.replace(/\W+/g, '-')}.toc`, bytes);
            const r = toc(...args(path.basename(file)));
            expect(r.code, r.stderr).toBe(2);
            expect(r.stderr.trim().split('\n'), r.stderr).toHaveLength(1);
            expect(r.stderr).toMatch(says);
            expect(fs.readFileSync(file).equals(bytes)).toBe(true);
        });
    }
});

describe('no command writes over a .toc or a toc.config.json', () => {
    const writers: Array<[string, string[]]> = [
        ['plan', ['plan', 'bron.toc']],
        ['plan --format html', ['plan', 'bron.toc', '--format', 'html']],
        ['render', ['render', 'bron.toc']],
        ['export json', ['export', 'json', 'bron.toc']],
        ['export mermaid', ['export', 'mermaid', 'bron.toc']],
    ];
    const targets = ['bron.toc', 'gedeeld.toc', 'NIEUW.TOC', 'toc.config.json', 'link.html'];
    it.each(writers)('toc %s -o (the input, an imported file, a new .toc, the config, a link to a .toc): exit 2, all unchanged', (_name, args) => {
        const source = 'import "gedeeld.toc"\ndoel D -> U "Een doel."\n';
        const shared = 'uitdaging U "Gedeeld."\n';
        write('bron.toc', source);
        write('gedeeld.toc', shared);
        write('toc.config.json', '{}\n');
        fs.rmSync(path.join(dir, 'link.html'), { force: true });
        fs.symlinkSync(path.join(dir, 'gedeeld.toc'), path.join(dir, 'link.html'));
        for (const target of targets) {
            const r = toc(...args, '-o', target);
            expectUsage(r, new RegExp(`${target.replace('.', '\\.')}: will not write over`));
        }
        expect(fs.readFileSync(path.join(dir, 'bron.toc'), 'utf8')).toBe(source);
        expect(fs.readFileSync(path.join(dir, 'gedeeld.toc'), 'utf8')).toBe(shared);
        expect(fs.readFileSync(path.join(dir, 'toc.config.json'), 'utf8')).toBe('{}\n');
        expect(fs.existsSync(path.join(dir, 'NIEUW.TOC'))).toBe(false);
    });

    it('an output extension the command does not write is refused, nothing is written', () => {
        write('bron.toc', 'uitdaging U "u"\n');
        for (const [args, out] of [[['plan', 'bron.toc'], 'plan.pdf'], [['render', 'bron.toc'], 'x.jpg'], [['export', 'json', 'bron.toc'], 'x.xml']] as const) {
            const r = toc(...args, '-o', out);
            expectUsage(r, new RegExp(`${out.replace('.', '\\.')}: \\.\\w+ is not a format this command writes`));
            expect(fs.existsSync(path.join(dir, out))).toBe(false);
        }
    });

    it('the output is written through a temporary file: no half file, no temporary file left', () => {
        write('bron.toc', 'uitdaging U "u"\n');
        fs.writeFileSync(path.join(dir, 'plan.md'), 'oud');
        const r = toc('plan', 'bron.toc', '-o', 'plan.md');
        expect(r.code, r.stderr).toBe(0);
        expect(fs.readFileSync(path.join(dir, 'plan.md'), 'utf8')).toMatch(/^# /);
        expect(fs.readdirSync(dir).filter(n => n.endsWith('.tmp'))).toEqual([]);
        // Into a folder that is there but cannot take the file: the old content stays, nothing half written.
        fs.mkdirSync(path.join(dir, 'map.md'), { recursive: true });
        fs.writeFileSync(path.join(dir, 'map.md', 'x'), 'x');
        expectUsage(toc('plan', 'bron.toc', '-o', 'map.md'), /map\.md: cannot write the file/);
        expect(fs.readdirSync(dir).filter(n => n.endsWith('.tmp'))).toEqual([]);
    });
});
