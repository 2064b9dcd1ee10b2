/**
 * Theories spread over files: one answer whatever way a file is looked at. A file's findings are the
 * same checked alone or with its folder; a name two imports define is an error naming both; a
 * measurement written in an importing file counts; no two elements share an id in any output; and the
 * plan says what the checks say.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TheoryJson } from '../../packages/language/src/model/model-json.js';
import { ensureBuilt, runToc, tmpDir } from './support.js';

beforeAll(() => ensureBuilt(), 180_000);

type Found = Array<{ file: string; line: number; column: number; rule: string; message: string; severity: string }>;

function folder(files: Record<string, string>): string {
    const dir = tmpDir('across');
    for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
    return dir;
}

function check(...paths: string[]): Found {
    const r = runToc(['check', '--format', 'json', ...paths]);
    expect(r.code, r.stderr).toBeLessThan(2);
    return (JSON.parse(r.stdout) as Found).map(d => ({ ...d, file: path.basename(d.file) }));
}

/** Each file's findings alone and in its folder: they must be the same. */
function expectSameAloneAndInFolder(dir: string): Found {
    const together = check(dir);
    for (const name of fs.readdirSync(dir).filter(n => n.endsWith('.toc'))) {
        expect(check(path.join(dir, name)), name).toEqual(together.filter(d => d.file === name));
    }
    return together;
}

describe('a name two imported files define', () => {
    const files = {
        'a.toc': 'uitdaging UA "ua"\ndoel GA -> UA "ga" {\n    tussendoel Dup "uit a"\n}\n',
        'b.toc': 'uitdaging UB "ub"\ndoel GB -> UB "gb" {\n    tussendoel Dup "uit b"\n}\n',
        'c.toc': 'import "a.toc"\nimport "b.toc"\nactie X KT -> Dup "x"\n',
    };
    it('is an error on the arrow naming both files, the same alone and with the folder', () => {
        const found = expectSameAloneAndInFolder(folder(files));
        const errors = found.filter(d => d.file === 'c.toc' && d.severity === 'error');
        expect(errors).toHaveLength(1);
        expect(errors[0]).toMatchObject({ line: 3, column: 15, rule: 'unresolved-reference' });
        expect(errors[0]!.message).toContain('`a.toc`');
        expect(errors[0]!.message).toContain('`b.toc`');
    });
    it('its own name still wins over both imported ones, without an error', () => {
        const found = check(folder({ ...files, 'c.toc': 'import "a.toc"\nimport "b.toc"\ndoel G "g" {\n    tussendoel Dup "eigen"\n}\nactie X KT -> Dup "x"\n' }));
        expect(found.filter(d => d.severity === 'error')).toEqual([]);
    });
});

describe('a measurement written in the file that imports the indicator', () => {
    const files = {
        'a.toc': 'uitdaging U "u"\ndoel G -> U "g"\nactie A KT -> G "a" {\n    resultaat R "r" {\n        norm >= 10 gezinnen\n'
            + '        indicator I "i" {\n            meting 2026-01 5 gezinnen\n        }\n    }\n}\n',
        'b.toc': 'import "a.toc"\nmeting I 2026-06 20 gezinnen\n',
    };
    it('counts: the latest date decides, in the checks alone and with the folder, and in the plan and the export', () => {
        const dir = folder(files);
        const found = expectSameAloneAndInFolder(dir);
        expect(found.filter(d => d.rule === 'norm-not-met')).toEqual([]);
        // norm-met is off by default: the export below says the result is met, on the measurement of b.toc.
        const json = JSON.parse(runToc(['export', 'json', path.join(dir, 'a.toc')]).stdout) as TheoryJson;
        const r = json.elements.find(e => e.id === 'A')!.results[0];
        expect(r!.state).toBe('met');
        expect(r!.latest?.value).toBe(20);
        expect(runToc(['plan', path.join(dir, 'a.toc')]).stdout).toMatch(/R: gehaald/);
    });
});

describe('goals carried through the files that import them, and one name in two files', () => {
    const files = {
        'a.toc': 'uitdaging U "u"\ndoel G1 -> U "g1"\ndoel G2 -> U "g2"\nactie Bezoek KT -> G2 "lokaal" {\n    resultaat R "r"\n}\n',
        'b.toc': 'import "a.toc"\nactie Bezoek KT -> G1 "ander bestand, zelfde naam" {\n    resultaat R2 "r"\n}\n',
    };
    it('the plan says what the checks say: both goals are carried', () => {
        const dir = folder(files);
        const found = expectSameAloneAndInFolder(dir);
        expect(found.filter(d => d.rule === 'goal-without-action')).toEqual([]);
        const plan = runToc(['plan', path.join(dir, 'a.toc')]).stdout;
        expect(plan).toContain('2 van de 2 doelen worden door acties gedragen');
        expect(plan).toMatch(/Gedragen door acties in bestanden die dit bestand importeren: Bezoek/);
        expect(plan).not.toContain('Er werkt nog geen enkele actie aan dit doel.');
    });

    it('every element keeps its own id in the export, the SVG and dot: none merged, none lost', () => {
        const dir = folder(files);
        const file = path.join(dir, 'a.toc');
        const json = JSON.parse(runToc(['export', 'json', file]).stdout) as TheoryJson;
        const ids = json.elements.map(e => e.id);
        expect(ids).toHaveLength(5); // U, G1, G2, Bezoek, and b.toc's Bezoek
        expect(new Set(ids).size).toBe(ids.length);
        expect(ids).toContain('Bezoek'); // this file's own keeps its name: stable across edits
        expect(ids).toContain('b.toc:Bezoek');
        const svg = runToc(['render', file]).stdout;
        const drawn = [...svg.matchAll(/<g[^>]*data-toc-id="([^"]+)"/g)].map(m => m[1]);
        for (const id of ids) expect(drawn, id).toContain(id);
        const dot = runToc(['export', 'dot', file]).stdout;
        const nodes = [...dot.matchAll(/^\s*"([^"]+)"\s*\[/gm)].map(m => m[1]);
        expect(new Set(nodes)).toEqual(new Set(ids));
    });
});
