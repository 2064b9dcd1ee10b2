/** Help and bad usage for plan, render, format and export: --help with examples, one-line errors, exit code 2. */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, runToc, tmpDir } from './support.js';

beforeAll(() => ensureBuilt(), 180_000);

const FILE = 'examples/zorgzame-buurt.toc';
const COMMANDS = ['plan', 'render', 'format', 'export'];

describe('help', () => {
    it.each(COMMANDS)('toc %s --help: usage, options and examples, exit 0', command => {
        const r = runToc([command, '--help']);
        expect(r.code).toBe(0);
        expect(r.stdout).toMatch(new RegExp(`^Usage: toc ${command} `));
        expect(r.stdout).toContain('Options:');
        const examples = r.stdout.split('Examples:\n')[1];
        expect(examples!.split('\n').filter(l => l.startsWith(`  toc ${command} `)).length).toBeGreaterThanOrEqual(2);
    });

    it('toc --help lists every command', () => {
        const r = runToc(['--help']);
        for (const c of COMMANDS) expect(r.stdout).toMatch(new RegExp(`^  ${c} `, 'm'));
    });
});

describe('bad usage: exit 2, one line on stderr, nothing on stdout', () => {
    const cases: Array<[string, string[], RegExp]> = [
        ['missing file', ['plan', 'no-such.toc'], /no-such\.toc: no such file or folder/],
        ['a file inside a file', ['render', `${FILE}/x.toc`], /zorgzame-buurt\.toc\/x\.toc/],
        ['a folder', ['plan', 'examples'], /examples: is a folder/],
        ['no file', ['plan'], /give one \.toc file/],
        ['two files', ['render', FILE, FILE], /one \.toc file/],
        ['unknown flag', ['plan', FILE, '--colour'], /--colour/],
        ['bad --format', ['plan', FILE, '--format', 'pdf'], /--format takes md, html, csv, xlsx or docx, not "pdf"/],
        ['bad --format for render', ['render', FILE, '--format', 'jpg'], /--format takes svg, png or pdf/],
        ['--delimiter without csv', ['plan', FILE, '--delimiter', 'semicolon'], /--delimiter/],
        ['--details without html', ['plan', FILE, '--details'], /--details only applies to --format html/],
        ['bad --delimiter', ['plan', FILE, '--format', 'csv', '--delimiter', 'tab'], /--delimiter takes comma or semicolon/],
        ['unknown export', ['export', 'svg', FILE], /can export json, mermaid or dot, not "svg"/],
        ['unwritable output', ['plan', FILE, '-o', 'no/such/folder/plan.md'], /no\/such\/folder\/plan\.md: cannot write/],
        // Was: node's own words ("To specify a positional argument starting with a '-' …", unbalanced quotes).
        ['an unknown option, in plain words with the usage', ['plan', FILE, '--nope'], /^toc plan: unknown option --nope; usage: toc plan \[options\] FILE \(see toc plan --help\)$/],
        // Was: "argument is ambiguous".
        ['a value that starts with a dash', ['render', FILE, '--scale', '-1'], /^toc render: --scale needs a value; one that starts with "-" is written --scale=-1; usage: toc render /],
        ['an option without its value', ['check', '--max-warnings'], /^toc check: --max-warnings needs a value; usage: toc check /],
    ];
    it.each(cases)('%s', (_name, args, message) => {
        const r = runToc(args);
        expect(r.code).toBe(2);
        expect(r.stdout).toBe('');
        const lines = r.stderr.trimEnd().split('\n');
        expect(lines).toHaveLength(1);
        expect(lines[0]).toMatch(new RegExp(`^toc ${args[0]}: `));
        expect(lines[0]).toMatch(message);
    });
});

describe('a file with errors', () => {
    it('is still rendered and planned, with exit 1 and one line saying so', () => {
        const dir = tmpDir('errors');
        const file = path.join(dir, 'broken.toc');
        fs.writeFileSync(file, 'doel D "Een doel"\nactie A KT -> Onbekend "Een actie"\n');
        for (const args of [['plan', file], ['render', file], ['export', 'mermaid', file]]) {
            const r = runToc(args);
            expect(r.code, args.join(' ')).toBe(1);
            expect(r.stdout.length).toBeGreaterThan(0);
            expect(r.stderr).toMatch(/broken\.toc has 1 error; the output may be incomplete/);
        }
    });
});
