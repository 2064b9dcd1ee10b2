/** `toc check` as a real process: formats, exit codes, bad paths. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runToc } from '../support/run-toc.js';

const EXAMPLE = 'examples/zorgzame-buurt.toc';
let tmp: string;

beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'toc-check-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function write(name: string, text: string): string {
    const file = path.join(tmp, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    return file;
}

interface JsonDiagnostic { file: string; line: number; column: number; endLine: number; endColumn: number; severity: string; rule: string; message: string }

describe('toc check', () => {
    it('reports what LANGUAGE.md says of its example, and nothing wrong', () => {
        const r = runToc(['check', '--format', 'json', EXAMPLE]);
        expect(r.code).toBe(0);
        const ds = JSON.parse(r.stdout) as JsonDiagnostic[];
        const found = ds.map(d => `${d.rule} ${/`([^`]+)`/.exec(d.message)?.[1]}`).sort();
        expect(found).toEqual([
            'action-without-result HuisVanHetKind',
            'action-without-result Ontmoetingsruimte',
            'action-without-result Professional',
            'goal-without-action Rechten',
            'result-without-norm MondTotMond',
            'subgoal-without-action Aanspreekpunt',
            'subgoal-without-action WegNaarRechten',
        ]);
        expect(ds.every(d => d.severity !== 'error')).toBe(true);
        // Aanwezigheid meets its norm: good news, not a finding (norm-met is off by default).
        expect(ds.find(d => d.rule === 'norm-met')).toBeUndefined();
        // Dutch keywords: Dutch messages.
        expect(ds.find(d => d.rule === 'goal-without-action')!.message).toMatch(/Geen enkele actie/);
    });

    it('points at the name, 1-based, in the JSON format', () => {
        const r = runToc(['check', '--format', 'json', EXAMPLE]);
        const ds = JSON.parse(r.stdout) as JsonDiagnostic[];
        const rechten = ds.find(d => d.rule === 'goal-without-action')!;
        const line = fs.readFileSync(path.join(ROOT, EXAMPLE), 'utf8').split('\n')[rechten.line - 1];
        expect(line!.slice(rechten.column - 1, rechten.endColumn - 1)).toBe('Rechten');
        expect(rechten.file).toBe(EXAMPLE);
    });

    it('prints compiler-style text with a summary line', () => {
        const r = runToc(['check', EXAMPLE]);
        expect(r.code).toBe(0);
        const lines = r.stdout.trim().split('\n');
        expect(lines[0]).toMatch(/^examples\/zorgzame-buurt\.toc:\d+:\d+ {2}warning {2}.+ {2}\[goal-without-action\]$/);
        expect(lines.at(-1)).toBe('1 file checked: 0 errors, 7 warnings');
        expect(r.stdout).not.toContain('\x1b[');
    });

    it('writes SARIF 2.1.0 with rule ids and regions', () => {
        const r = runToc(['check', '--format', 'sarif', EXAMPLE]);
        const sarif = JSON.parse(r.stdout);
        expect(sarif.version).toBe('2.1.0');
        const results = sarif.runs[0].results;
        expect(results).toHaveLength(7);
        expect(results[0].locations[0].physicalLocation.artifactLocation.uri).toBe(EXAMPLE);
        expect(results.map((x: { ruleId: string }) => x.ruleId)).toContain('action-without-result');
        expect(results.find((x: { ruleId: string }) => x.ruleId === 'norm-met')).toBeUndefined();
        expect(sarif.runs[0].tool.driver.rules.find((x: { id: string }) => x.id === 'norm-met').defaultConfiguration.level).toBe('none');
    });

    it('fails with exit 1 and plain-worded errors on a syntax error, without a stack trace', () => {
        const file = write('broken.toc', 'doel Kapot -> "oeps\n\nactie A KT -> Kapot {\n');
        const r = runToc(['check', file]);
        expect(r.code).toBe(1);
        expect(r.stdout).toMatch(/broken\.toc:\d+:\d+ {2}error {2}.+\[syntax-error\]/);
        expect(r.stdout + r.stderr).not.toMatch(/\bat .+\.js:\d+|Expecting|EOF|token/);
    });

    it('reports an unresolved name in plain words, with the kind it expected', () => {
        const file = write('names.toc', 'uitdaging U "u"\ndoel D -> U "d"\nactie A KT -> Dd "a"\n');
        const r = runToc(['check', '--format', 'json', file]);
        expect(r.code).toBe(1);
        const d = (JSON.parse(r.stdout) as JsonDiagnostic[]).find(x => x.rule === 'unresolved-reference')!;
        expect(d.message).toBe('Er is hier geen tussendoel of doel met de naam `Dd`. Bedoel je `D`?');
        expect(d.line).toBe(3);
    });

    it('honours --max-warnings', () => {
        expect(runToc(['check', '--max-warnings', '7', EXAMPLE]).code).toBe(0);
        const r = runToc(['check', '--max-warnings', '6', EXAMPLE]);
        expect(r.code).toBe(1);
        expect(r.stderr).toContain('7 warnings');
    });

    it('checks a folder, following imports', () => {
        write('folder/a.toc', 'import "b.toc"\ngoal G -> C "g" { action A ST "a" { result "r" { norm 1 indicator "i" } } }\n');
        write('folder/b.toc', 'challenge C "c"\n');
        const r = runToc(['check', '--format', 'json', path.join(tmp, 'folder')]);
        expect(r.code).toBe(0);
        const ds = JSON.parse(r.stdout) as JsonDiagnostic[];
        expect(ds.filter(d => d.severity === 'error')).toEqual([]);
        expect(ds.some(d => d.rule === 'challenge-without-goal')).toBe(false);
    });

    it('applies toc.config.json severities', () => {
        write('configured/toc.config.json', JSON.stringify({ rules: { 'action-without-result': 'off', 'goal-without-action': 'error' } }));
        const file = write('configured/plan.toc', fs.readFileSync(path.join(ROOT, EXAMPLE), 'utf8'));
        const r = runToc(['check', '--format', 'json', file]);
        const ds = JSON.parse(r.stdout) as JsonDiagnostic[];
        expect(ds.some(d => d.rule === 'action-without-result')).toBe(false);
        expect(ds.find(d => d.rule === 'goal-without-action')!.severity).toBe('error');
        expect(r.code).toBe(1);
    });

    it.each([
        [['check', 'does/not/exist.toc'], /does\/not\/exist\.toc: no such file or folder/],
        [['check', '--format', 'xml', EXAMPLE], /--format takes text, json or sarif/],
        [['check', '--bogus', EXAMPLE], /--bogus/],
        [['check', '--max-warnings', 'many', EXAMPLE], /--max-warnings takes a whole number/],
        [['frobnicate'], /unknown command "frobnicate"/],
    ])('exits 2 with a one-line reason for %j', (args, reason) => {
        const r = runToc(args as string[]);
        expect(r.code).toBe(2);
        expect(r.stderr).toMatch(reason);
        expect(r.stderr.trim().split('\n')).toHaveLength(1);
    });

    it('exits 2 on an empty folder', () => {
        fs.mkdirSync(path.join(tmp, 'empty'));
        const r = runToc(['check', path.join(tmp, 'empty')]);
        expect(r.code).toBe(2);
        expect(r.stderr).toMatch(/no \.toc files found/);
    });
});
