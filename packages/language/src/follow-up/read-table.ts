/**
 * Rows of measurements from a follow-up workbook (.xlsx, as `toc plan --format xlsx` writes it and
 * colleagues fill it in) or from a plain table (.csv with the columns indicator, date, value, in English
 * or Dutch, comma or semicolon separated, as Excel saves it in Belgium). It reads bytes, not files: the
 * command line reads them from disk, the language server through its file system provider, so
 * `toc import` and the editor's "Import measurements…" read a table the same way.
 */
import { URI, UriUtils } from 'langium';
import type { ImportColumn, ImportRow } from './import-measurements.js';
import { columnOfHeader, isFileLabel, type WorkbookColumn } from '../i18n/workbook-words.js';
// Types only: both libraries are loaded when a table is read, so the language server does not load
// them at start-up (exceljs is most of a megabyte).
import type * as ExcelJS from 'exceljs';

/** Why a table could not be read at all (a row's own problems are RowProblems). */
export type TableProblem =
    | { kind: 'not-a-table'; file: string }
    | { kind: 'bad-workbook'; file: string; detail: string }
    | { kind: 'unreadable'; file: string }
    | { kind: 'bad-csv'; file: string; detail: string }
    | { kind: 'no-header'; file: string };

export class TableError extends Error {
    constructor(readonly problem: TableProblem) {
        super(`${problem.kind}: ${problem.file}`);
    }
}

/** Whether a file name looks like a table the importer reads. */
export function isMeasurementTable(name: string): boolean {
    return /\.(xlsx|csv|txt)$/i.test(name);
}

/**
 * `tableUri` says where the table is (a file named in it is found from its folder); `name` is how
 * messages call it.
 */
export async function readMeasurementTable(tableUri: string, bytes: Uint8Array, name?: string): Promise<ImportRow[]> {
    const table = URI.parse(tableUri);
    name ??= UriUtils.basename(table);
    const ext = /\.[^./\\]*$/.exec(UriUtils.basename(table))?.[0].toLowerCase();
    if (ext === '.xlsx') return readWorkbook(table, bytes, name);
    if (ext === '.csv' || ext === '.txt') return readCsv(table, bytes, name);
    throw new TableError({ kind: 'not-a-table', file: name });
}

const LETTERS = (n: number) => {
    let s = '';
    for (let i = n; i > 0; i = Math.floor((i - 1) / 26)) s = String.fromCharCode(65 + ((i - 1) % 26)) + s;
    return s;
};

/** A file named in the table, relative to the table's folder, as an absolute path. */
const besides = (table: URI, written: string) => UriUtils.resolvePath(UriUtils.dirname(table), written).fsPath;

async function readWorkbook(table: URI, bytes: Uint8Array, name: string): Promise<ImportRow[]> {
    const { default: Excel } = await import('exceljs');
    const book = new Excel.Workbook();
    try {
        // exceljs hands the bytes to JSZip, which takes a Uint8Array as well as a Buffer.
        await book.xlsx.load(bytes as unknown as Parameters<typeof book.xlsx.load>[0]);
    } catch (e) {
        throw new TableError({ kind: 'bad-workbook', file: name, detail: (e as Error).message.split('\n')[0] ?? '' });
    }
    const rows: ImportRow[] = [];
    book.eachSheet(sheet => {
        let tocFile: string | undefined;
        let columns: Partial<Record<WorkbookColumn, number>> | undefined;
        let labels: Record<ImportColumn, string> | undefined;
        sheet.eachRow((row, n) => {
            if (!columns) {
                if (isFileLabel(cellText(row.getCell(1)))) {
                    const written = cellText(row.getCell(2)).trim();
                    if (written) tocFile = besides(table, written);
                    return;
                }
                const found: Partial<Record<WorkbookColumn, number>> = {};
                row.eachCell((cell, c) => { const k = columnOfHeader(cellText(cell)); if (k && !found[k]) found[k] = c; });
                if (found.indicator && found.date && found.value) {
                    columns = found;
                    const label = (c: number) => `${cellText(row.getCell(c))} (${LETTERS(c)})`;
                    labels = { indicator: label(found.indicator), date: label(found.date), value: label(found.value) };
                }
                return;
            }
            rows.push({
                where: `${name}, ${sheet.name}`, row: n, file: tocFile,
                indicator: cellText(row.getCell(columns.indicator!)),
                date: dateText(row.getCell(columns.date!)),
                value: valueText(row.getCell(columns.value!)),
                note: columns.note ? cellText(row.getCell(columns.note)) : undefined,
                columns: labels!,
            });
        });
    });
    return rows;
}

/** What a cell shows as text: a formula's result, rich text joined. */
function cellText(cell: ExcelJS.Cell): string {
    const v = resultOf(cell.value);
    if (v === null || v === undefined) return '';
    if (v instanceof Date) return v.toISOString().slice(0, 10);
    if (typeof v === 'object' && 'richText' in v) return v.richText.map(t => t.text).join('');
    if (typeof v === 'object' && 'text' in v) return String(v.text);
    return String(v);
}

function resultOf(v: ExcelJS.CellValue): ExcelJS.CellValue {
    return v && typeof v === 'object' && 'formula' in v ? (v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue : v;
}

/** A date cell as YYYY-MM-DD, or YYYY-MM when it is formatted to show the month only; text as typed. */
function dateText(cell: ExcelJS.Cell): string {
    const v = resultOf(cell.value);
    if (v instanceof Date) {
        const iso = v.toISOString().slice(0, 10);
        return /d/i.test(cell.numFmt ?? 'd') ? iso : iso.slice(0, 7);
    }
    if (typeof v === 'number') {
        // A date typed where Excel did not see one keeps its serial number: days since 1899-12-30.
        return new Date(Date.UTC(1899, 11, 30) + Math.round(v) * 86_400_000).toISOString().slice(0, 10);
    }
    return cellText(cell);
}

/** A number cell as text with a decimal point; a cell Excel shows as a percentage (0.34 as 34%) becomes "34%". */
function valueText(cell: ExcelJS.Cell): string {
    const v = resultOf(cell.value);
    if (typeof v === 'number') {
        if ((cell.numFmt ?? '').includes('%')) return `${Math.round(v * 100 * 1e9) / 1e9}%`;
        return String(v);
    }
    return cellText(cell);
}

/** UTF-8, else Windows-1252: what Excel in Belgium writes for "CSV (gescheiden door lijstscheidingsteken)". */
function decodeTable(bytes: Uint8Array): string {
    let text: string;
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
        text = new TextDecoder('windows-1252').decode(bytes);
    }
    return text.replace(/^\uFEFF/, '');
}

const CSV_HEADERS: Record<string, ImportColumn | 'note' | 'file'> = {
    indicator: 'indicator', date: 'date', datum: 'date', value: 'value', waarde: 'value',
    note: 'note', opmerking: 'note', file: 'file', bestand: 'file',
};

async function readCsv(table: URI, bytes: Uint8Array, name: string): Promise<ImportRow[]> {
    const { parse } = await import('csv-parse/sync');
    const text = decodeTable(bytes);
    const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
    // The one that splits the first line most; on a tie the earlier one.
    const delimiter = [';', '\t', ','].map(d => ({ d, n: firstLine.split(d).length })).reduce((best, x) => (x.n > best.n ? x : best)).d;
    let records: string[][];
    try {
        records = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: false }) as string[][];
    } catch (e) {
        throw new TableError({ kind: 'bad-csv', file: name, detail: (e as Error).message.split('\n')[0] ?? '' });
    }
    const headerRow = records[0] ?? [];
    const header = headerRow.map(h => CSV_HEADERS[h.trim().toLowerCase()]);
    const at = (k: string) => header.indexOf(k as never);
    if (at('indicator') < 0 || at('date') < 0 || at('value') < 0) throw new TableError({ kind: 'no-header', file: name });
    const label = (k: ImportColumn) => `${(headerRow[at(k)] ?? '').trim()} (${LETTERS(at(k) + 1)})`;
    const columns = { indicator: label('indicator'), date: label('date'), value: label('value') };
    return records.slice(1).map((r, i) => {
        const file = at('file') >= 0 ? r[at('file')]?.trim() : undefined;
        return {
            where: name, row: i + 2, columns,
            indicator: r[at('indicator')] ?? '', date: r[at('date')] ?? '', value: r[at('value')] ?? '',
            note: at('note') >= 0 ? r[at('note')] : undefined,
            file: file ? besides(table, file) : undefined,
        };
    });
}
