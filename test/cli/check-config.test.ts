/** `toc check` reports what is wrong in the toc.config.json files it used, as warnings on those files. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runToc } from '../support/run-toc.js';

/** Passes every check: any warning below comes from the config. */
const CLEAN_NL = 'uitdaging A "a"\n\ndoel B -> A "b"\n\nactie C KT -> B "c" {\n    resultaat "r" {\n        norm >= 5%\n        indicator "i"\n    }\n}\n';
const CLEAN_EN = 'challenge A "a"\n\ngoal B -> A "b"\n\naction C ST -> B "c" {\n    result "r" {\n        norm >= 5%\n        indicator "i"\n    }\n}\n';
const BAD = '{\n  "rules": {\n    "missing-descripton": "off",\n    "norm-met": "warn"\n  }\n}\n';

let tmp: string;

beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'toc-check-config-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** A folder of its own with these files. */
function folder(name: string, files: Record<string, string>): string {
    const dir = path.join(tmp, name);
    for (const [file, text] of Object.entries(files)) {
        fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
        fs.writeFileSync(path.join(dir, file), text);
    }
    return dir;
}

interface JsonDiagnostic { file: string; line: number; column: number; endLine: number; endColumn: number; severity: string; rule: string; message: string }

describe('toc check on a folder with a toc.config.json', () => {
    it('prints its problems as warnings at the place in the file, and still exits 0', () => {
        const dir = folder('text', { 'plan.toc': CLEAN_NL, 'toc.config.json': BAD });
        const r = runToc(['check', '.'], { cwd: dir });
        expect(r.stderr).toBe('');
        expect(r.code).toBe(0);
        const lines = r.stdout.trim().split('\n');
        expect(lines).toHaveLength(3);
        expect(lines[0]).toMatch(/^toc\.config\.json:3:5 {2}warning {2}Er bestaat geen controle "missing-descripton".*Bedoel je "missing-description"\? {2}\[config\]$/);
        expect(lines[1]).toMatch(/^toc\.config\.json:4:17 {2}warning {2}.*niet "warn".*Bedoel je "warning"\? {2}\[config\]$/);
        expect(lines[2]).toBe('1 file checked: 0 errors, 2 warnings');
    });

    it('counts them as warnings for --max-warnings', () => {
        const dir = folder('max', { 'plan.toc': CLEAN_NL, 'toc.config.json': BAD });
        expect(runToc(['check', '--max-warnings', '2', '.'], { cwd: dir }).code).toBe(0);
        const r = runToc(['check', '--max-warnings', '1', '.'], { cwd: dir });
        expect(r.code).toBe(1);
        expect(r.stderr).toMatch(/2 warnings, more than the 1 allowed/);
    });

    it('reports nothing of a good file, and a clean folder stays clean', () => {
        const dir = folder('good', { 'plan.toc': CLEAN_NL, 'toc.config.json': '{ "rules": { "norm-met": "off" }, "language": "nl" }' });
        const r = runToc(['check', '.'], { cwd: dir });
        expect(r.code).toBe(0);
        expect(r.stdout).toBe('1 file checked: 0 errors, 0 warnings\n');
    });

    it('writes them in JSON with rule "config", relative file and 1-based places', () => {
        const dir = folder('json', { 'plan.toc': CLEAN_NL, 'toc.config.json': BAD });
        const r = runToc(['check', '--format', 'json', '.'], { cwd: dir });
        expect(r.code).toBe(0);
        const ds = JSON.parse(r.stdout) as JsonDiagnostic[];
        expect(ds.map(d => ({ ...d, message: undefined }))).toEqual([
            { file: 'toc.config.json', line: 3, column: 5, endLine: 3, endColumn: 25, severity: 'warning', rule: 'config', message: undefined },
            { file: 'toc.config.json', line: 4, column: 17, endLine: 4, endColumn: 23, severity: 'warning', rule: 'config', message: undefined },
        ]);
    });

    it('writes them in SARIF as results of the rule "config", which the driver lists', () => {
        const dir = folder('sarif', { 'plan.toc': CLEAN_NL, 'toc.config.json': BAD });
        const r = runToc(['check', '--format', 'sarif', '.'], { cwd: dir });
        const run = JSON.parse(r.stdout).runs[0];
        expect(run.results).toHaveLength(2);
        const [first] = run.results;
        expect(first.ruleId).toBe('config');
        expect(first.level).toBe('warning');
        expect(run.tool.driver.rules[first.ruleIndex].id).toBe('config');
        expect(first.locations[0].physicalLocation.artifactLocation.uri).toBe('toc.config.json');
        expect(first.locations[0].physicalLocation.region).toEqual({ startLine: 3, startColumn: 5, endLine: 3, endColumn: 25 });
    });

    it('reports a config in a parent folder once for all the files below it, in their language', () => {
        const dir = folder('parent', {
            'toc.config.json': '{ "rules": { "norm-mett": "off" } }',
            'a/one.toc': CLEAN_EN, 'b/two.toc': CLEAN_EN.replace('challenge A', 'challenge X').replace('-> A', '-> X'),
        });
        const r = runToc(['check', '--format', 'json', '.'], { cwd: dir });
        const ds = (JSON.parse(r.stdout) as JsonDiagnostic[]).filter(d => d.rule === 'config');
        expect(ds).toHaveLength(1);
        expect(ds[0]!.file).toBe('toc.config.json');
        expect(ds[0]!.message).toMatch(/^There is no rule "norm-mett".*Did you mean "norm-met"\?/);
    });

    it('speaks the language the config asks for, and reports a file that is not JSON without failing', () => {
        const dir = folder('not-json', { 'plan.toc': CLEAN_EN, 'toc.config.json': '{\n  "language": "nl",\n  "rules": { "norm-met": "off", }\n}\n' });
        const r = runToc(['check', '.'], { cwd: dir });
        expect(r.code).toBe(0);
        // Not JSON: its "language" is not known either, so the English theory decides.
        expect(r.stdout).toMatch(/^toc\.config\.json:3:33 {2}warning {2}This file cannot be read as JSON: `}` is not expected here\. Remove the comma before it/);

        const nl = folder('nl', { 'plan.toc': CLEAN_EN, 'toc.config.json': '{ "language": "nl", "rules": { "syntax-error": "off" } }' });
        const r2 = runToc(['check', '.'], { cwd: nl });
        expect(r2.stdout).toMatch(/"syntax-error" is altijd een fout/);
    });
});
