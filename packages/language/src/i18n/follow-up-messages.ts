/**
 * What `toc import` and the editor's "Import measurements…" say about the rows they read, in English and
 * Dutch: which row, which column, and what is wrong with it in words a coordinator can act on.
 */
import type { RowProblem, RowProblemReason } from '../follow-up/import-measurements.js';
import type { TableProblem } from '../follow-up/read-table.js';
import type { Lang } from './language.js';

type Reasons = { [K in RowProblemReason['kind']]: (r: Extract<RowProblemReason, { kind: K }>) => string };

const REASONS: Record<Lang, Reasons> = {
    en: {
        'unknown-indicator': r => `there is no indicator \`${r.indicator}\` in the .toc files${r.suggestion ? `; did you mean \`${r.suggestion}\`?` : ''}`,
        'ambiguous-indicator': r => `indicator \`${r.indicator}\` is in more than one file (${r.files.join(', ')}); import from the workbook of one theory`,
        'no-date': () => 'the date is empty',
        'bad-date': r => `"${r.text}" is not a date; write 2026-09-15, 15/09/2026 or 2026-09`,
        'no-value': () => 'the value is empty',
        'bad-value': r => `"${r.text}" is not a number; write for example 34, 2,5 or 34%`,
        'percent-out-of-range': r => `${r.text} is not a percentage between 0 and 100`,
        'percent-for-count': r => `${r.text} is a percentage, but this indicator counts ${r.unit}`,
        'conflict': r => `the .toc file already has another value for ${r.date} (${r.existing}); change it there if it was wrong`,
    },
    nl: {
        'unknown-indicator': r => `er is geen indicator \`${r.indicator}\` in de .toc-bestanden${r.suggestion ? `; bedoel je \`${r.suggestion}\`?` : ''}`,
        'ambiguous-indicator': r => `indicator \`${r.indicator}\` staat in meer dan één bestand (${r.files.join(', ')}); importeer uit de werkmap van één theorie`,
        'no-date': () => 'de datum is leeg',
        'bad-date': r => `"${r.text}" is geen datum; schrijf 2026-09-15, 15/09/2026 of 2026-09`,
        'no-value': () => 'de waarde is leeg',
        'bad-value': r => `"${r.text}" is geen getal; schrijf bijvoorbeeld 34, 2,5 of 34%`,
        'percent-out-of-range': r => `${r.text} is geen percentage tussen 0 en 100`,
        'percent-for-count': r => `${r.text} is een percentage, maar deze indicator telt ${r.unit}`,
        'conflict': r => `het .toc-bestand heeft al een andere waarde voor ${r.date} (${r.existing}); verander ze daar als ze fout was`,
    },
};

/** "opvolging.xlsx, Blad1, rij 7, kolom Datum (H): "31/02/2026" is geen datum; …". */
export function rowProblemMessage(lang: Lang, p: RowProblem): string {
    const reason = (REASONS[lang][p.reason.kind] as (r: RowProblemReason) => string)(p.reason);
    return lang === 'nl'
        ? `${p.where}, rij ${p.row}, kolom ${p.columnLabel}: ${reason}`
        : `${p.where}, row ${p.row}, column ${p.columnLabel}: ${reason}`;
}

type TableProblems = { [K in TableProblem['kind']]: (p: Extract<TableProblem, { kind: K }>) => string };

const TABLE_PROBLEMS: Record<Lang, TableProblems> = {
    en: {
        'not-a-table': p => `${p.file}: give a workbook (.xlsx) or a table (.csv)`,
        'bad-workbook': p => `${p.file}: not a workbook that can be read (${p.detail})`,
        'unreadable': p => `${p.file}: the file cannot be read`,
        'bad-csv': p => `${p.file}: cannot be read as a table (${p.detail})`,
        'no-header': p => `${p.file}: the first row must name the columns indicator, date and value (or indicator;datum;waarde)`,
    },
    nl: {
        'not-a-table': p => `${p.file}: kies een werkmap (.xlsx) of een tabel (.csv)`,
        'bad-workbook': p => `${p.file}: geen werkmap die gelezen kan worden (${p.detail})`,
        'unreadable': p => `${p.file}: het bestand kan niet gelezen worden`,
        'bad-csv': p => `${p.file}: kan niet als tabel gelezen worden (${p.detail})`,
        'no-header': p => `${p.file}: de eerste rij moet de kolommen indicator, datum en waarde noemen (of indicator,date,value)`,
    },
};

/** Why a whole table could not be read: "metingen.csv: the first row must name the columns …". */
export function tableProblemMessage(lang: Lang, p: TableProblem): string {
    return (TABLE_PROBLEMS[lang][p.kind] as (p: TableProblem) => string)(p);
}

export const IMPORT_WORDS: Record<Lang, {
    summary: (added: number, files: number, skipped: number) => string;
    nothingWritten: (problems: number) => string;
    skippedInvalid: (problems: number) => string;
    dryRun: string;
    /** The editor imports all rows or none: there is no --skip-invalid to point to. */
    nothingImported: (problems: number) => string;
    nothingNew: (skipped: number) => string;
    /** The change's name in the refactoring preview. */
    label: (table: string) => string;
    /** Beside that name: VS Code shows lines that need confirmation unticked. */
    tickToAdd: string;
    /** After the preview added nothing: Apply with nothing ticked, or Discard (VS Code tells them apart for neither). */
    nothingTicked: string;
    /** After Apply with some lines ticked; `{0}` is the number added. */
    partlyTicked: (planned: number) => string;
}> = {
    en: {
        summary: (a, f, s) => `${a} new ${a === 1 ? 'measurement' : 'measurements'} in ${f} ${f === 1 ? 'file' : 'files'}; ${s} already there.`,
        nothingWritten: n => `Nothing was written: ${n} ${n === 1 ? 'row is' : 'rows are'} not valid. Fix ${n === 1 ? 'it' : 'them'}, or import the rest with --skip-invalid.`,
        skippedInvalid: n => `${n} invalid ${n === 1 ? 'row was' : 'rows were'} left out.`,
        dryRun: 'Dry run: nothing was written.',
        nothingImported: n => `Nothing was imported: ${n} ${n === 1 ? 'row is' : 'rows are'} not valid. Fix ${n === 1 ? 'it' : 'them'} in the table and import again.`,
        nothingNew: s => `No new measurements: the ${s} in the table ${s === 1 ? 'is' : 'are'} already in the .toc files.`,
        label: t => `Import measurements from ${t}`,
        tickToAdd: 'tick to add',
        nothingTicked: 'Nothing was imported. To add the measurements, import again and tick the file in the list at the bottom before you click Apply.',
        partlyTicked: p => `{0} of the ${p} new measurements were added; the others were not ticked.`,
    },
    nl: {
        summary: (a, f, s) => `${a} ${a === 1 ? 'nieuwe meting' : 'nieuwe metingen'} in ${f} ${f === 1 ? 'bestand' : 'bestanden'}; ${s} stonden er al.`,
        nothingWritten: n => `Er is niets geschreven: ${n} ${n === 1 ? 'rij is' : 'rijen zijn'} niet geldig. Verbeter ze, of importeer de rest met --skip-invalid.`,
        skippedInvalid: n => `${n} ongeldige ${n === 1 ? 'rij werd' : 'rijen werden'} overgeslagen.`,
        dryRun: 'Proefdraai: er is niets geschreven.',
        nothingImported: n => `Er is niets geïmporteerd: ${n} ${n === 1 ? 'rij is' : 'rijen zijn'} niet geldig. Verbeter ze in de tabel en importeer opnieuw.`,
        nothingNew: s => `Geen nieuwe metingen: ${s === 1 ? 'de meting' : `de ${s} metingen`} uit de tabel ${s === 1 ? 'staat' : 'staan'} al in de .toc-bestanden.`,
        label: t => `Metingen importeren uit ${t}`,
        tickToAdd: 'vink aan om toe te voegen',
        nothingTicked: 'Er is niets geïmporteerd. Om de metingen toe te voegen: importeer opnieuw en vink het bestand aan in de lijst onderaan voor je op Toepassen klikt.',
        partlyTicked: p => `{0} van de ${p} nieuwe metingen zijn toegevoegd; de andere waren niet aangevinkt.`,
    },
};
