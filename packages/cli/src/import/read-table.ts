/**
 * Rows of measurements from a follow-up workbook (.xlsx, as `toc plan --format xlsx` writes it and
 * colleagues fill it in) or from a plain table (.csv with the columns indicator, date, value, in English
 * or Dutch, comma or semicolon separated, as Excel saves it in Belgium).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { ImportColumn, ImportRow } from 'toc-language';
import { columnOfHeader, isFileLabel, type WorkbookColumn } from '../report/workbook-words.js';
import { UsageError } from '../usage.js';

export async function readMeasurementRows(file: string): Promise<ImportRow[]> {
    const ext = path.extname(file).toLowerCase();
    if (ext === '.xlsx') return readWorkbook(file);
    if (ext === '.csv' || ext === '.txt') return readCsv(file);
    throw new UsageError(`${file}: give a workbook (.xlsx) or a table (.csv)`);
}

const LETTERS = (n: number) => {
    let s = '';
    for (let i = n; i > 0; i = Math.floor((i - 1) / 26)) s = String.fromCharCode(65 + ((i - 1) % 26)) + s;
    return s;
};

async function readWorkbook(file: string): Promise<ImportRow[]> {
    const book = new ExcelJS.Workbook();
    try {
        await book.xlsx.readFile(file);
    } catch (e) {
        throw new UsageError(`${file}: not a workbook that can be read (${(e as Error).message.split('\n')[0]})`);
    }
    const dir = path.dirname(path.resolve(file));
    const rows: ImportRow[] = [];
    book.eachSheet(sheet => {
        let tocFile: string | undefined;
        let columns: Partial<Record<WorkbookColumn, number>> | undefined;
        let labels: Record<ImportColumn, string> | undefined;
        sheet.eachRow((row, n) => {
            if (!columns) {
                if (isFileLabel(cellText(row.getCell(1)))) {
                    const written = cellText(row.getCell(2)).trim();
                    if (written) tocFile = path.resolve(dir, written);
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
                where: `${path.basename(file)}, ${sheet.name}`, row: n, file: tocFile,
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

const CSV_HEADERS: Record<string, ImportColumn | 'note' | 'file'> = {
    indicator: 'indicator', date: 'date', datum: 'date', value: 'value', waarde: 'value',
    note: 'note', opmerking: 'note', file: 'file', bestand: 'file',
};

function readCsv(file: string): ImportRow[] {
    let text: string;
    try {
        text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    } catch {
        throw new UsageError(`${file}: the file cannot be read`);
    }
    const firstLine = text.split(/\r?\n/, 1)[0];
    const delimiter = [';', '\t', ','].map(d => ({ d, n: firstLine.split(d).length })).sort((a, b) => b.n - a.n)[0].d;
    let records: string[][];
    try {
        records = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: false }) as string[][];
    } catch (e) {
        throw new UsageError(`${file}: cannot be read as a table (${(e as Error).message.split('\n')[0]})`);
    }
    const header = (records[0] ?? []).map(h => CSV_HEADERS[h.trim().toLowerCase()]);
    const at = (k: string) => header.indexOf(k as never);
    if (at('indicator') < 0 || at('date') < 0 || at('value') < 0) {
        throw new UsageError(`${file}: the first row must name the columns indicator, date and value (or indicator;datum;waarde)`);
    }
    const label = (k: ImportColumn) => `${records[0][at(k)].trim()} (${LETTERS(at(k) + 1)})`;
    const columns = { indicator: label('indicator'), date: label('date'), value: label('value') };
    const dir = path.dirname(path.resolve(file));
    return records.slice(1).map((r, i) => ({
        where: path.basename(file), row: i + 2, columns,
        indicator: r[at('indicator')] ?? '', date: r[at('date')] ?? '', value: r[at('value')] ?? '',
        note: at('note') >= 0 ? r[at('note')] : undefined,
        file: at('file') >= 0 && r[at('file')]?.trim() ? path.resolve(dir, r[at('file')].trim()) : undefined,
    }));
}
