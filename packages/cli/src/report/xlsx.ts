/**
 * The follow-up workbook: per theory one sheet, per indicator a block of rows: the indicator with its
 * action, result, norm, deadline, owner and status (a coloured cell), every measurement so far, and
 * empty rows for the colleagues who measure. `toc import` reads the filled-in rows back.
 *
 * exceljs writes it: data validation and conditional formatting are part of the file format, and a
 * hand-written SpreadsheetML writer would be a second, worse exceljs.
 */
import ExcelJS from 'exceljs';
import type { IndicatorJson, TheoryJson } from 'toc-language/model';
import { reportMessages } from '../messages.js';
import { indicatorTitle, resultTitle } from './plan.js';
import { WORKBOOK_COLUMNS, WORKBOOK_WORDS, type WorkbookColumn } from 'toc-language';
import { stateKey, stateText } from './words.js';

/** Empty rows under each indicator: a year of quarterly measurements. */
export const EMPTY_ROWS = 4;
/** The header row; rows above it hold the title, the file and a short explanation. */
export const HEADER_ROW = 5;

export interface WorkbookTheory {
    json: TheoryJson;
    /** The .toc file, as the importer will find it from the workbook's folder. */
    file: string;
}

const WIDTH: Record<WorkbookColumn, number> = {
    indicator: 22, description: 30, action: 20, result: 30, norm: 14, deadline: 11, owner: 16, status: 16, date: 12, value: 10, unit: 12, note: 30,
};

/** Fill colours per state, light enough to read black text on. */
const STATE_FILL: Record<ReturnType<typeof stateKey>, string> = {
    met: 'FFC6EFCE', 'not-met': 'FFFFC7CE', 'not-measured': 'FFEDEDED', 'no-norm': 'FFEDEDED',
};

export async function planToXlsx(theories: readonly WorkbookTheory[], madeOn: Date): Promise<Uint8Array> {
    const book = new ExcelJS.Workbook();
    book.creator = 'toc';
    book.created = madeOn;
    book.modified = madeOn;
    const names = new Set<string>();
    for (const t of theories) addSheet(book, t, sheetName(t.file, names));
    return new Uint8Array(await book.xlsx.writeBuffer());
}

function addSheet(book: ExcelJS.Workbook, { json, file }: WorkbookTheory, name: string): void {
    const lang = json.lang;
    const w = WORKBOOK_WORDS[lang];
    const m = reportMessages(lang);
    const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: HEADER_ROW, xSplit: 1 }] });
    // Printed, the sheet fits the width of a landscape A4 page.
    sheet.pageSetup = { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}` };
    sheet.columns = WORKBOOK_COLUMNS.map(c => ({ key: c, width: WIDTH[c] }));
    const col = (c: WorkbookColumn) => WORKBOOK_COLUMNS.indexOf(c) + 1;
    const letter = (c: WorkbookColumn) => String.fromCharCode(64 + col(c));

    sheet.getCell(1, 1).value = w.title(json.title ?? name);
    sheet.getCell(1, 1).font = { bold: true, size: 14 };
    sheet.getCell(2, 1).value = w.file;
    sheet.getCell(2, 1).font = { bold: true };
    sheet.getCell(2, 2).value = file;
    sheet.getCell(3, 1).value = w.intro;
    sheet.getCell(3, 1).alignment = { wrapText: false };
    const header = sheet.getRow(HEADER_ROW);
    WORKBOOK_COLUMNS.forEach((c, i) => { header.getCell(i + 1).value = w.columns[c]; });
    header.font = { bold: true };
    header.eachCell(cell => {
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDE7F0' } };
        cell.border = { bottom: { style: 'thin' } };
    });

    let r = HEADER_ROW + 1;
    const first = r;
    for (const action of json.elements.filter(e => e.kind === 'action' && !e.external)) {
        for (const result of action.results) {
            for (const indicator of result.indicators) {
                const top = sheet.getRow(r);
                top.getCell(col('description')).value = indicatorTitle(indicator);
                top.getCell(col('action')).value = action.description ? `${action.name}: ${action.description}` : action.name;
                top.getCell(col('result')).value = resultTitle(result);
                top.getCell(col('norm')).value = result.norm?.text ?? m.noNorm;
                top.getCell(col('deadline')).value = result.norm?.deadline ?? w.none;
                top.getCell(col('owner')).value = action.owner ?? w.none;
                top.getCell(col('status')).value = stateText(result, m);
                for (const c of ['description', 'action', 'result'] as const) top.getCell(col(c)).alignment = { wrapText: true, vertical: 'top' };
                const unit = unitOf(indicator, result.norm);
                const rows = [...indicator.measurements, ...Array<undefined>(EMPTY_ROWS).fill(undefined)];
                rows.forEach((measurement, i) => {
                    const row = sheet.getRow(r + i);
                    row.getCell(col('indicator')).value = indicator.id;
                    row.getCell(col('unit')).value = unit;
                    const date = row.getCell(col('date'));
                    date.numFmt = measurement?.date?.length === 7 ? 'yyyy-mm' : 'yyyy-mm-dd';
                    if (measurement) {
                        date.value = measurement.date ? asDate(measurement.date) : null;
                        row.getCell(col('value')).value = measurement.value;
                    }
                    if (i === 0) row.border = { top: { style: 'thin', color: { argb: 'FFBBBBBB' } } };
                });
                r += rows.length;
            }
        }
    }
    const last = Math.max(first, r - 1);

    // Data validation on the columns colleagues fill in; a wrong entry is refused with a sentence.
    for (let row = first; row <= last; row++) {
        sheet.getCell(row, col('date')).dataValidation = {
            type: 'date', operator: 'greaterThan', allowBlank: true, formulae: [new Date(Date.UTC(2000, 0, 1))],
            showErrorMessage: true, errorStyle: 'stop', errorTitle: w.dateTitle, error: w.dateError,
        };
        sheet.getCell(row, col('value')).dataValidation = {
            type: 'decimal', operator: 'between', allowBlank: true, formulae: [-1e9, 1e9],
            showErrorMessage: true, errorStyle: 'stop', errorTitle: w.valueTitle, error: w.valueError,
        };
    }
    // The status as a coloured cell, from its text, so a re-ordered sheet keeps its colours.
    const s = letter('status');
    sheet.addConditionalFormatting({
        ref: `${s}${first}:${s}${last}`,
        rules: (['met', 'not-met', 'not-measured'] as const).map((state, i) => ({
            type: 'expression', priority: i + 1,
            formulae: [`$${s}${first}="${m.state[state]}"`],
            style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: STATE_FILL[state] } } },
        })),
    });
    sheet.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: HEADER_ROW, column: WORKBOOK_COLUMNS.length } };
}

function unitOf(indicator: IndicatorJson, norm: { percent: boolean; unit?: string } | undefined): string {
    const q: { percent: boolean; unit?: string } | undefined = indicator.measurements[indicator.measurements.length - 1] ?? norm;
    return q ? (q.percent ? '%' : q.unit ?? '') : '';
}

/** A date cell for YYYY-MM(-DD): midnight UTC, which Excel shows as that day whatever the time zone. */
function asDate(date: string): Date {
    const [y = NaN, mo = 1, d = 1] = date.split('-').map(Number);
    return new Date(Date.UTC(y, mo - 1, d));
}

/** Sheet names: the file's name, at most 31 characters, none of []:*?/\, each once. */
function sheetName(file: string, taken: Set<string>): string {
    const base = (file.split(/[\\/]/).pop() ?? file).replace(/\.toc$/i, '').replace(/[[\]:*?/\\]/g, '_').slice(0, 31) || 'theory';
    let name = base;
    for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base.slice(0, 28)} ${i}`;
    taken.add(name.toLowerCase());
    return name;
}

