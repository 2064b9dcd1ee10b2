/**
 * `toc/importMeasurements`, the request behind the editor's "Import measurements…", against the real
 * server over stdio: it reads the table itself, answers the same insertions `toc import` writes (the
 * two are compared byte for byte), nothing new the second time, and no edits at all when a row is not
 * valid, with the row, column and reason in the theory's language.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPORT_MEASUREMENTS_METHOD, type ImportMeasurementsAnswer } from '../../packages/language/src/protocol.js';
import { runToc } from '../support/run-toc.js';
import { applyEdits, fileUri, LspClient, REPO_ROOT } from './lsp-client.js';

const ORIGINAL = fs.readFileSync(path.join(REPO_ROOT, 'examples/in-zetje.toc'), 'utf8');
// As Dutch-language Excel in Belgium saves a CSV: semicolons, a decimal comma, dd/mm/yyyy, CRLF, a byte order mark.
const CSV = '\uFEFFindicator;datum;waarde;opmerking\r\n'
    + 'Doorverwijzingen;15/03/2027;38;na de infoavond\r\n'
    + 'Aanwezigheden;30/09/2026;14,5;\r\n'
    + 'Ouderbevraging;01/06/2027;86%;\r\n'
    + 'Doorverwijzingen;2026-12;31;\r\n';

let dir: string;
let toc: string;
let client: LspClient;
beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'toc-import-request-'));
    toc = path.join(dir, 'in-zetje.toc');
    fs.writeFileSync(toc, ORIGINAL);
    client = await LspClient.start({ rootUri: fileUri(dir) });
});
afterAll(async () => {
    await client?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
});

function table(name: string, text: string): string {
    fs.writeFileSync(path.join(dir, name), text);
    return fileUri(path.join(dir, name));
}

const ask = (tableUri: string) =>
    client.request<ImportMeasurementsAnswer>(IMPORT_MEASUREMENTS_METHOD, { table: tableUri, uri: fileUri(toc) });

describe('toc/importMeasurements', () => {
    it('answers the insertions toc import writes, byte for byte, and nothing new once they are in the text', async () => {
        const answer = await ask(table('metingen.csv', CSV));
        expect(answer.problems).toEqual([]);
        expect(answer.files.map(f => f.uri)).toEqual([fileUri(toc)]);
        expect(answer.message).toBe('3 nieuwe metingen in 1 bestand; 1 stonden er al.');
        expect(answer.label).toBe('Metingen importeren uit metingen.csv');
        const after = applyEdits(ORIGINAL, answer.files[0]!.edits);
        expect(after).toContain('                    meting 2027-03-15 38 gezinnen // na de infoavond\n');
        expect(after).toContain('\nmeting Aanwezigheden 2026-09-30 14,5 gezinnen');
        expect(after).toContain('            meting 2027-06-01 86%\n');

        // The command line, on a copy, writes exactly the same text.
        const other = fs.mkdtempSync(path.join(os.tmpdir(), 'toc-import-cli-'));
        try {
            fs.writeFileSync(path.join(other, 'in-zetje.toc'), ORIGINAL);
            fs.writeFileSync(path.join(other, 'metingen.csv'), CSV);
            expect(runToc(['import', 'metingen.csv'], { cwd: other }).code).toBe(0);
            expect(after).toBe(fs.readFileSync(path.join(other, 'in-zetje.toc'), 'utf8'));
        } finally {
            fs.rmSync(other, { recursive: true, force: true });
        }

        // The editor applied the edits (the document is open with the new text): a second import adds nothing.
        await client.openAndWait(fileUri(toc), after);
        const again = await ask(fileUri(path.join(dir, 'metingen.csv')));
        expect(again.files).toEqual([]);
        expect(again.problems).toEqual([]);
        expect(again.message).toBe('Geen nieuwe metingen: de 4 metingen uit de tabel staan al in de .toc-bestanden.');
    });

    it('answers no edits at all when a row is not valid, naming its row, column and reason', async () => {
        const answer = await ask(table('fout.csv', CSV + 'Aanwezigheden;31/02/2027;12\r\nInschrijvingen;2027-01;veel\r\n'));
        expect(answer.files).toEqual([]);
        expect(answer.problems).toEqual([
            'fout.csv, rij 6, kolom datum (B): "31/02/2027" is geen datum; schrijf 2026-09-15, 15/09/2026 of 2026-09',
            'fout.csv, rij 7, kolom waarde (C): "veel" is geen getal; schrijf bijvoorbeeld 34, 2,5 of 34%',
        ]);
        expect(answer.message).toBe('Er is niets geïmporteerd: 2 rijen zijn niet geldig. Verbeter ze in de tabel en importeer opnieuw.');
    });

    it('reads a workbook whose sheet names its .toc file, dates as date cells', async () => {
        const book = new ExcelJS.Workbook();
        const sheet = book.addWorksheet('in-zetje');
        sheet.addRow(['Bestand', 'in-zetje.toc']);
        sheet.addRow(['Indicator', 'Datum', 'Waarde', 'Opmerking']);
        sheet.addRow(['Inschrijvingen', new Date(Date.UTC(2026, 9, 1)), 6, 'eerste telling']);
        await book.xlsx.writeFile(path.join(dir, 'opvolging.xlsx'));
        const answer = await ask(fileUri(path.join(dir, 'opvolging.xlsx')));
        expect(answer.problems).toEqual([]);
        expect(answer.files.map(f => f.uri)).toEqual([fileUri(toc)]);
        expect(answer.files[0]!.edits.map(e => e.newText)).toEqual([' {\n            meting 2026-10-01 6 gezinnen // eerste telling\n        }']);
    });

    it('says why a table cannot be read: not a table, no header row', async () => {
        const pdf = await ask(table('verslag.pdf', '%PDF-1.4'));
        expect(pdf.files).toEqual([]);
        expect(pdf.problems).toEqual(['verslag.pdf: kies een werkmap (.xlsx) of een tabel (.csv)']);
        const headless = await ask(table('kaal.csv', 'Aanwezigheden;2026-09;14\r\n'));
        expect(headless.problems).toEqual(['kaal.csv: de eerste rij moet de kolommen indicator, datum en waarde noemen (of indicator,date,value)']);
    });
});
