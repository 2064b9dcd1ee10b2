/**
 * The words of the follow-up workbook, in English and Dutch. The importer reads the header row with the
 * same words (in either language), so a column keeps working when a colleague moves it.
 */
import type { LangJson } from '../model/model-json.js';

export const WORKBOOK_COLUMNS = ['indicator', 'description', 'action', 'result', 'norm', 'deadline', 'owner', 'status', 'date', 'value', 'unit', 'note'] as const;
export type WorkbookColumn = typeof WORKBOOK_COLUMNS[number];

export interface WorkbookWords {
    title: (theory: string) => string;
    file: string;
    intro: string;
    columns: Record<WorkbookColumn, string>;
    dateError: string;
    valueError: string;
    dateTitle: string;
    valueTitle: string;
    none: string;
}

export const WORKBOOK_WORDS: Record<LangJson, WorkbookWords> = {
    en: {
        title: t => `Follow-up: ${t}`,
        file: 'File',
        intro: 'Fill in an empty row under an indicator: the date, the value and a note if you like. Add rows as you need (copy the indicator\'s name into column A). Then: toc import on this workbook.',
        columns: {
            indicator: 'Indicator', description: 'What is measured', action: 'Action', result: 'Result', norm: 'Norm', deadline: 'Deadline',
            owner: 'Owner', status: 'Status', date: 'Date', value: 'Value', unit: 'Unit', note: 'Note',
        },
        dateError: 'Type a date, for example 15/09/2026.',
        valueError: 'Type a number, for example 34 or 2,5 (for a percentage: 34 or 34%).',
        dateTitle: 'Date',
        valueTitle: 'Value',
        none: '—',
    },
    nl: {
        title: t => `Opvolging: ${t}`,
        file: 'Bestand',
        intro: 'Vul een lege rij onder een indicator in: de datum, de waarde en eventueel een opmerking. Voeg rijen toe als je er meer nodig hebt (met de naam van de indicator in kolom A). Daarna: toc import op deze werkmap.',
        columns: {
            indicator: 'Indicator', description: 'Wat gemeten wordt', action: 'Actie', result: 'Resultaat', norm: 'Norm', deadline: 'Termijn',
            owner: 'Trekker', status: 'Stand', date: 'Datum', value: 'Waarde', unit: 'Eenheid', note: 'Opmerking',
        },
        dateError: 'Typ een datum, bijvoorbeeld 15/09/2026.',
        valueError: 'Typ een getal, bijvoorbeeld 34 of 2,5 (voor een percentage: 34 of 34%).',
        dateTitle: 'Datum',
        valueTitle: 'Waarde',
        none: '—',
    },
};

/** Which column a header names, in either language (case and spaces do not matter). */
export function columnOfHeader(text: string): WorkbookColumn | undefined {
    const t = text.trim().toLowerCase();
    for (const words of Object.values(WORKBOOK_WORDS)) {
        for (const c of WORKBOOK_COLUMNS) if (words.columns[c].toLowerCase() === t) return c;
    }
    return undefined;
}

export function isFileLabel(text: string): boolean {
    const t = text.trim().toLowerCase();
    return Object.values(WORKBOOK_WORDS).some(w => w.file.toLowerCase() === t);
}
