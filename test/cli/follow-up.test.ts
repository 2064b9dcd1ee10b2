/**
 * The follow-up round trip, as a coordinator runs it: `toc plan --format xlsx` makes the workbook,
 * colleagues fill in rows (here with exceljs, typing as in Excel: a date, a number, a percentage typed
 * as "86%"), `toc import` writes the measurements into the .toc file. The result is compared byte for
 * byte with the original plus exactly the expected lines; a second import changes nothing; an invalid
 * row writes nothing. A CSV saved by Dutch-language Excel (semicolons, decimal comma, dd/mm/yyyy) too.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import * as XLSX from 'xlsx';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ROOT, runToc } from '../support/run-toc.js';

const EXAMPLE = path.join(ROOT, 'examples/in-zetje.toc');
const ORIGINAL = fs.readFileSync(EXAMPLE, 'utf8');

let dir: string;
let toc: string;
beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'toc-follow-up-'));
    toc = path.join(dir, 'in-zetje.toc');
    fs.copyFileSync(EXAMPLE, toc);
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The original with `added` inserted right after the (unique) line that ends with `anchor`. */
function withLines(text: string, anchor: string, added: string): string {
    const at = text.indexOf(anchor);
    expect(at, `anchor ${anchor}`).toBeGreaterThan(0);
    expect(text.indexOf(anchor, at + 1), `anchor ${anchor} is unique`).toBe(-1);
    const end = at + anchor.length;
    return text.slice(0, end) + added + text.slice(end);
}

const AFTER_IMPORT = ([
    ['                    meting 2026-12 31 gezinnen\n', '                    meting 2027-03-15 38 gezinnen // na de infoavond\n'],
    ['        indicator Inschrijvingen "Inschrijvingen van aanstaande gezinnen."', ' {\n            meting 2026-10-01 6 gezinnen\n        }'],
    ['            meting 2026-06 84%\n', '            meting 2027-06-01 86%\n'],
    ['meting Aanwezigheden 2026-06 13 gezinnen', '\nmeting Aanwezigheden 2026-09-30 14 gezinnen'],
] satisfies Array<[string, string]>).reduce((text, [anchor, added]) => withLines(text, anchor, added), ORIGINAL);

async function makeWorkbook(): Promise<string> {
    const out = path.join(dir, 'opvolging.xlsx');
    const r = runToc(['plan', toc, '-o', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    return out;
}

/** Types into the first empty row under an indicator, as a colleague in Excel would. */
function fill(sheet: ExcelJS.Worksheet, indicator: string, date: Date, value: number, options: { percentCell?: boolean; note?: string } = {}): void {
    const header = sheet.getRow(5);
    const col = (name: string) => { let at = 0; header.eachCell((c, i) => { if (c.value === name) at = i; }); expect(at, name).toBeGreaterThan(0); return at; };
    for (let r = 6; r <= sheet.rowCount; r++) {
        const row = sheet.getRow(r);
        if (row.getCell(col('Indicator')).value !== indicator || row.getCell(col('Datum')).value) continue;
        row.getCell(col('Datum')).value = date;
        const v = row.getCell(col('Waarde'));
        v.value = value;
        if (options.percentCell) v.numFmt = '0%'; // Excel turns "86%" into 0.86 shown as a percentage
        if (options.note) row.getCell(col('Opmerking')).value = options.note;
        return;
    }
    throw new Error(`no empty row for ${indicator}`);
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

async function fillWorkbook(file: string, extra?: (sheet: ExcelJS.Worksheet) => void): Promise<void> {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const sheet = book.getWorksheet('in-zetje')!;
    fill(sheet, 'Doorverwijzingen', day('2027-03-15'), 38, { note: 'na de infoavond' });
    fill(sheet, 'Inschrijvingen', day('2026-10-01'), 6);
    fill(sheet, 'Ouderbevraging', day('2027-06-01'), 0.86, { percentCell: true });
    fill(sheet, 'Aanwezigheden', day('2026-09-30'), 14);
    extra?.(sheet);
    await book.xlsx.writeFile(file);
}

describe('follow-up workbook', () => {
    it('is read back by a second library (SheetJS): a Dutch sheet per theory with every indicator and measurement', async () => {
        const out = path.join(dir, 'opvolging.xlsx');
        fs.copyFileSync(path.join(ROOT, 'examples/english/neighbourhood-care.toc'), path.join(dir, 'neighbourhood-care.toc'));
        expect(runToc(['plan', dir, '-o', out]).code).toBe(0);
        const book = XLSX.read(fs.readFileSync(out), { cellNF: true });
        expect(book.SheetNames).toEqual(['in-zetje', 'neighbourhood-care']);
        const rows = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets['in-zetje']!, { header: 1, defval: '' }) as unknown[][];
        expect(rows[0]![0]).toBe('Opvolging: IN-Zetje: kind-ouderwerking in Beringen');
        expect(rows[1]!.slice(0, 2)).toEqual(['Bestand', 'in-zetje.toc']);
        expect(rows[4]).toEqual(['Indicator', 'Wat gemeten wordt', 'Actie', 'Resultaat', 'Norm', 'Termijn', 'Trekker', 'Stand', 'Datum', 'Waarde', 'Eenheid', 'Opmerking']);
        const byIndicator = (id: string) => rows.filter(r => r[0] === id);
        // Every indicator: its measurements so far, then four empty rows.
        expect(byIndicator('Doorverwijzingen').map(r => r[9])).toEqual([12, 31, '', '', '', '']);
        expect(byIndicator('Aanwezigheden').map(r => r[9])).toEqual([9, 13, '', '', '', '']);
        expect(byIndicator('Inschrijvingen')).toHaveLength(4);
        expect(byIndicator('Ouderbevraging').map(r => r[10])).toEqual(['%', '%', '%', '%', '%']);
        const first = byIndicator('Doorverwijzingen')[0];
        expect(first!.slice(2, 8)).toEqual([
            'Vragenhoek: Tijdens elke speelochtend is een medewerker vrij voor vragen over premies, kinderopvang en administratie.',
            'Ouders met een vraag worden warm doorverwezen naar de juiste dienst.', '≥ 40 gezinnen', '2027-06', 'Medewerker IN-Zetje', 'niet gehaald',
        ]);
        // Dates are real dates (a month alone shown as a month), so Excel's date validation accepts them.
        const cell = book.Sheets['in-zetje']![XLSX.utils.encode_cell({ r: rows.indexOf(first!), c: 8 })];
        expect(cell.t).toBe('n');
        expect(cell.z).toBe('yyyy-mm');
        const xml = await sheetXml(out, 1);
        expect(xml).toMatch(/<dataValidation type="date"[^>]*sqref="I6/);
        expect(xml).toMatch(/<dataValidation type="decimal"/);
        expect(xml).toContain('<conditionalFormatting sqref="H6:H');
        expect(xml).toContain('$H6=&quot;niet gehaald&quot;');
        // The English theory gets an English sheet.
        const english = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets['neighbourhood-care']!, { header: 1, defval: '' }) as unknown[][];
        expect(english[0]![0]).toMatch(/^Follow-up: /);
        expect(english[4]!.slice(0, 3)).toEqual(['Indicator', 'What is measured', 'Action']);
    });

    it('round trip: filled-in rows become meting lines in the right blocks, byte for byte; a second import changes nothing', async () => {
        const workbook = await makeWorkbook();
        await fillWorkbook(workbook);
        const r = runToc(['import', workbook]);
        expect(r.stderr).toBe('');
        expect(r.code).toBe(0);
        expect(r.stdout).toContain('4 nieuwe metingen in 1 bestand');
        expect(fs.readFileSync(toc, 'utf8')).toBe(AFTER_IMPORT);
        const again = runToc(['import', workbook]);
        expect(again.code).toBe(0);
        expect(again.stdout).toContain('0 nieuwe metingen');
        expect(fs.readFileSync(toc, 'utf8')).toBe(AFTER_IMPORT);
        // The file still checks, and the new measurement counts: Doorverwezen now has 38 of 40.
        const check = runToc(['check', toc, '--format', 'json']);
        expect(check.stdout).toContain('de laatste meting is 38 gezinnen (2027-03-15)');
    });

    it('a workbook made after an import lists the imported measurements, and importing it adds nothing', async () => {
        const workbook = await makeWorkbook();
        await fillWorkbook(workbook);
        expect(runToc(['import', workbook]).code).toBe(0);
        const fresh = await makeWorkbook();
        const r = runToc(['import', fresh]);
        expect(r.stdout).toContain('0 nieuwe metingen');
        expect(fs.readFileSync(toc, 'utf8')).toBe(AFTER_IMPORT);
    });

    it('an invalid row writes nothing and says row, column and reason; --skip-invalid imports the rest', async () => {
        const workbook = await makeWorkbook();
        let badRow = 0;
        await fillWorkbook(workbook, sheet => {
            const row = sheet.getRow(sheet.rowCount);
            row.getCell(1).value = 'Aanwezighedne';
            row.getCell(9).value = day('2026-12-01');
            row.getCell(10).value = 15;
            badRow = sheet.rowCount;
        });
        const r = runToc(['import', workbook]);
        expect(r.code).toBe(1);
        expect(r.stderr).toContain(`opvolging.xlsx, in-zetje, rij ${badRow}, kolom Indicator (A): er is geen indicator \`Aanwezighedne\` in de .toc-bestanden; bedoel je \`Aanwezigheden\`?`);
        expect(r.stderr).toContain('Er is niets geschreven: 1 rij is niet geldig.');
        expect(fs.readFileSync(toc, 'utf8')).toBe(ORIGINAL);
        expect(fs.readdirSync(dir).filter(f => f.endsWith('.tmp'))).toEqual([]);
        const skip = runToc(['import', '--skip-invalid', workbook]);
        expect(skip.code).toBe(0);
        expect(skip.stdout).toContain('1 ongeldige rij werd overgeslagen.');
        expect(fs.readFileSync(toc, 'utf8')).toBe(AFTER_IMPORT);
    });

    it('--dry-run prints a diff of the new lines and writes nothing', async () => {
        const workbook = await makeWorkbook();
        await fillWorkbook(workbook);
        const r = runToc(['import', '--dry-run', workbook], { cwd: dir });
        expect(r.code).toBe(0);
        expect(r.stdout).toContain('--- a/in-zetje.toc');
        expect(r.stdout).toContain('+++ b/in-zetje.toc');
        expect(r.stdout).toContain('+                    meting 2027-03-15 38 gezinnen // na de infoavond');
        expect(r.stdout).toContain('+meting Aanwezigheden 2026-09-30 14 gezinnen');
        expect(r.stdout).toContain('Proefdraai: er is niets geschreven.');
        expect(fs.readFileSync(toc, 'utf8')).toBe(ORIGINAL);
    });
});

describe('toc import of a CSV table', () => {
    // As Dutch-language Excel in Belgium saves "CSV (gescheiden door lijstscheidingsteken)": semicolons,
    // a decimal comma, dates as dd/mm/yyyy, CRLF, and a byte order mark.
    const CSV = '\uFEFFindicator;datum;waarde;opmerking\r\n'
        + 'Doorverwijzingen;15/03/2027;38;na de infoavond\r\n'
        + 'Aanwezigheden;30/09/2026;14,5;\r\n'
        + 'Ouderbevraging;01/06/2027;86%;\r\n'
        + 'Doorverwijzingen;2026-12;31;\r\n';
    const EXPECTED = ([
        ['                    meting 2026-12 31 gezinnen\n', '                    meting 2027-03-15 38 gezinnen // na de infoavond\n'],
        ['            meting 2026-06 84%\n', '            meting 2027-06-01 86%\n'],
        ['meting Aanwezigheden 2026-06 13 gezinnen', '\nmeting Aanwezigheden 2026-09-30 14,5 gezinnen'],
    ] satisfies Array<[string, string]>).reduce((text, [anchor, added]) => withLines(text, anchor, added), ORIGINAL);

    it('finds the indicators in the current folder and writes them byte for byte; twice changes nothing', () => {
        fs.writeFileSync(path.join(dir, 'metingen.csv'), CSV);
        const r = runToc(['import', 'metingen.csv'], { cwd: dir });
        expect(r.stderr).toBe('');
        expect(r.stdout).toContain('3 nieuwe metingen in 1 bestand; 1 stonden er al.');
        expect(fs.readFileSync(toc, 'utf8')).toBe(EXPECTED);
        const again = runToc(['import', 'metingen.csv'], { cwd: dir });
        expect(again.stdout).toContain('0 nieuwe metingen in 0 bestanden; 4 stonden er al.');
        expect(fs.readFileSync(toc, 'utf8')).toBe(EXPECTED);
    });

    it('reads a table Excel saved in Windows-1252 (not UTF-8): accents in a note stay accents', () => {
        fs.writeFileSync(path.join(dir, 'ansi.csv'), Buffer.from('indicator;datum;waarde;opmerking\r\nAanwezigheden;30/09/2026;14;na de koffie in het café\r\n', 'latin1'));
        const r = runToc(['import', 'ansi.csv'], { cwd: dir });
        expect(r.stderr).toBe('');
        expect(fs.readFileSync(toc, 'utf8')).toContain('meting Aanwezigheden 2026-09-30 14 gezinnen // na de koffie in het café\n');
    });

    it('reads English headers with commas and a decimal point too', () => {
        fs.writeFileSync(path.join(dir, 'm.csv'), 'indicator,date,value\nAanwezigheden,2026-09-30,14.5\n');
        expect(runToc(['import', 'm.csv'], { cwd: dir }).code).toBe(0);
        expect(fs.readFileSync(toc, 'utf8')).toContain('meting Aanwezigheden 2026-09-30 14,5 gezinnen');
    });

    it('lists every invalid row with its column and reason, and writes nothing', () => {
        fs.writeFileSync(path.join(dir, 'metingen.csv'), CSV + 'Aanwezigheden;31/02/2027;12\r\nOuderbevraging;2027-09;120%\r\nInschrijvingen;2027-01;veel\r\nDoorverwijzingen;2026-12;30\r\n');
        const r = runToc(['import', 'metingen.csv'], { cwd: dir });
        expect(r.code).toBe(1);
        expect(r.stderr.split('\n').filter(Boolean)).toEqual([
            'metingen.csv, rij 6, kolom datum (B): "31/02/2027" is geen datum; schrijf 2026-09-15, 15/09/2026 of 2026-09',
            'metingen.csv, rij 7, kolom waarde (C): 120% is geen percentage tussen 0 en 100',
            'metingen.csv, rij 8, kolom waarde (C): "veel" is geen getal; schrijf bijvoorbeeld 34, 2,5 of 34%',
            'metingen.csv, rij 9, kolom waarde (C): het .toc-bestand heeft al een andere waarde voor 2026-12 (31); verander ze daar als ze fout was',
            'Er is niets geschreven: 4 rijen zijn niet geldig. Verbeter ze, of importeer de rest met --skip-invalid.',
        ]);
        expect(fs.readFileSync(toc, 'utf8')).toBe(ORIGINAL);
    });
});

/** The XML of worksheet N, for what SheetJS does not read back (validation, conditional formatting). */
async function sheetXml(file: string, n: number): Promise<string> {
    const zip = XLSX.CFB.read(fs.readFileSync(file), { type: 'buffer' });
    const entry = XLSX.CFB.find(zip, `/xl/worksheets/sheet${n}.xml`);
    if (!entry?.content) throw new Error(`sheet${n}.xml not found`);
    return Buffer.from(entry.content as Uint8Array).toString('utf8');
}
