/** `toc import FILE`: measurements from a filled-in follow-up workbook or a CSV table into the .toc files. */
import * as path from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { IMPORT_WORDS, planImport, rowProblemMessage, type Lang } from 'toc-language';
import { collectTocFiles, loadWorkspace } from 'toc-language/node';
import { readMeasurementRows } from '../import/read-table.js';
import { writeFilesAtomically } from '../import/write-files.js';
import { displayPath } from '../theory.js';
import { parseOptions } from '../options.js';
import { EXIT, UsageError, type Io } from '../usage.js';

export const IMPORT_HELP = `Usage: toc import [options] TABLE [PATH...]

Writes new measurements from a follow-up workbook (made with toc plan --format xlsx
and filled in by colleagues) or from a CSV table into the .toc files, as meting /
measurement lines in the block of their indicator. Comments and layout stay as they
are; measurements already in the files are skipped.

A CSV table has a header row with the columns indicator, date and value (Dutch:
indicator;datum;waarde), optionally note/opmerking and file/bestand; comma or
semicolon separated, decimal point or comma, dates as 2026-09-15, 15/09/2026 or
2026-09. The .toc files that define the indicators are looked up in PATH (files or
folders; default: the current folder); a workbook names its own file per sheet.

Options:
  --dry-run         show what would change (a diff) and write nothing
  --skip-invalid    import the valid rows even if some rows are not valid
  -h, --help        show this help

If any row is not valid (an unknown indicator, a date or number that cannot be
read), nothing is written and each such row is listed with its row number,
column and reason, unless --skip-invalid is given. Files are never left half-
written: each is written beside itself first, then put in place.

Exit code: 0 imported (or nothing new), 1 invalid rows (nothing written), 2 bad
usage or an unreadable file.

Examples:
  toc import opvolging.xlsx
  toc import --dry-run metingen.csv plannen/
  toc import --skip-invalid opvolging.xlsx
`;

export async function importCommand(args: string[], io: Io): Promise<number> {
    const { values, positionals } = parseOptions(args, {
        'dry-run': { type: 'boolean' },
        'skip-invalid': { type: 'boolean' },
    });
    const [table, ...paths] = positionals;
    if (!table) throw new UsageError('give the workbook or table to import (see toc import --help)');
    const rows = await readMeasurementRows(table);
    const named = [...new Set(rows.map(r => r.file).filter((f): f is string => !!f))];
    // A workbook names the file of each sheet; a CSV table without a file column is matched against PATH.
    const files = collectTocFiles(paths.length > 0 ? paths : named.length > 0 ? named : ['.']);
    const { services, documents } = await loadWorkspace(files);
    const models = documents.map(d => services.model.TheoryModelProvider.modelOf(d));
    const plan = planImport(models, rows);
    const lang: Lang = models[0]?.lang ?? 'en';
    const words = IMPORT_WORDS[lang];

    for (const p of plan.problems) io.err(`${rowProblemMessage(lang, p)}\n`);
    if (plan.problems.length > 0 && !values['skip-invalid']) {
        io.err(`${words.nothingWritten(plan.problems.length)}\n`);
        return EXIT.problems;
    }
    const texts = new Map<string, string>();
    for (const { document, edits } of plan.edits.values()) {
        const before = document.textDocument.getText();
        const after = TextDocument.applyEdits(TextDocument.create('', 'toc', 0, before), edits);
        texts.set(document.uri.fsPath, after);
        if (values['dry-run']) {
            const name = displayPath(document.uri.fsPath).split(path.sep).join('/');
            io.out(createTwoFilesPatch(`a/${name}`, `b/${name}`, before, after, undefined, undefined, { context: 2 }).replace(/^=+\n/, ''));
        }
    }
    if (!values['dry-run']) writeFilesAtomically(texts);
    io.out(`${words.summary(plan.added.length, texts.size, plan.skipped)}\n`);
    if (plan.problems.length > 0) io.out(`${words.skippedInvalid(plan.problems.length)}\n`);
    if (values['dry-run']) io.out(`${words.dryRun}\n`);
    return EXIT.ok;
}
