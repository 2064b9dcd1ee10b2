/** `toc plan FILE`: the action plan (per goal, every action with results, norms, indicators, owners, steps). */
import * as path from 'node:path';
import { orList, pickFormat, writeOutput } from '../output.js';
import { planToCsv } from '../report/csv.js';
import { planToHtml } from '../report/html.js';
import { planToMarkdown } from '../report/markdown.js';
import { buildPlan } from '../report/plan.js';
import { madeOn, today } from '../report/words.js';
import { planToDocx } from '../report/docx.js';
import { svgToPng } from '../render/png.js';
import { planToXlsx } from '../report/xlsx.js';
import { renderSvg } from '../render/svg.js';
import { displayPath, loadTheories, loadTheory, reportErrors } from '../theory.js';
import { atMostOneFile, parseOptions } from '../options.js';
import { EXIT, UsageError, type Io } from '../usage.js';

const FORMATS = ['md', 'html', 'csv', 'xlsx', 'docx'] as const;

export const PLAN_HELP = `Usage: toc plan [options] FILE

Writes the action plan of a theory, as the method ends it: per goal, every action
with what it contributes to, its results (norm and status), its indicators (latest
measurement), owner, partners, first steps and priority. The plan is written in
the document's language (Dutch keywords: a Dutch plan).

Options:
  -o, --output OUT        write to OUT instead of the screen
  --format md|html|csv|xlsx|docx
                          md (default), html (one file with the diagram, to mail
                          or print), csv (one row per action, for a spreadsheet),
                          docx (a Word document to hand in: numbered goals, a
                          table per action, the diagram, the open points) or xlsx (the follow-up workbook: per indicator its
                          measurements and empty rows to fill in, read back by
                          toc import; FILE may be a folder: a sheet per theory);
                          without --format, the extension of OUT decides
  --details               html only: the diagram's boxes with description, owner
                          and result cards (default: compact boxes, as in the editor)
  --delimiter comma|semicolon
                          csv only: the separator (default comma; choose semicolon
                          when Excel with Belgian or Dutch settings shows one column)
  -h, --help              show this help

Exit code: 0 written, 1 written but the file has errors (the plan may be
incomplete; run toc check), 2 bad usage or an unreadable file.

Examples:
  toc plan zorgzame-buurt.toc
  toc plan zorgzame-buurt.toc -o actieplan.html
  toc plan zorgzame-buurt.toc --format csv -o actieplan.csv
  toc plan zorgzame-buurt.toc --format csv --delimiter semicolon -o actieplan.csv
  toc plan zorgzame-buurt.toc -o actieplan.docx
  toc plan plannen/ -o opvolging.xlsx
`;

export async function plan(args: string[], io: Io): Promise<number> {
    const { values, positionals } = parseOptions(args, {
        output: { type: 'string', short: 'o' },
        format: { type: 'string' },
        delimiter: { type: 'string' },
        details: { type: 'boolean' },
    });
    const file = atMostOneFile(positionals, 'plan');
    const format = pickFormat(values.format, values.output, FORMATS, 'md');
    const delimiters: Record<string, string> = { comma: ',', semicolon: ';', ',': ',', ';': ';' };
    const delimiter = delimiters[values.delimiter ?? 'comma'];
    if (!delimiter) throw new UsageError(`--delimiter takes ${orList(['comma', 'semicolon'])}, not "${values.delimiter}"`);
    if (values.delimiter !== undefined && format !== 'csv') throw new UsageError('--delimiter only applies to --format csv');
    if (values.details && format !== 'html') throw new UsageError('--details only applies to --format html');

    if (format === 'xlsx') return workbook(file, values.output, io);
    const theory = await loadTheory(file, 'plan');
    const source = displayPath(theory.file);
    const thePlan = buildPlan(theory.json, theory.diagnostics);
    // The diagram in the plan is the editor's compact picture (a light per result): the tables below carry
    // every result in full, and compact boxes stay readable on one landscape page.
    if (format === 'docx') {
        if (values.output === undefined || values.output === '-') throw new UsageError('a Word document cannot be shown in a terminal; write it to a file with -o actieplan.docx');
        const picture = svgToPng(await renderSvg(theory.json, { direction: 'right', theme: 'light', details: false }), { scale: 2 });
        writeOutput(values.output, await planToDocx(thePlan, today(), picture));
        return reportErrors(theory, io);
    }
    let text: string;
    if (format === 'csv') text = planToCsv(thePlan, delimiter);
    else if (format === 'html') text = planToHtml(thePlan, source, await renderSvg(theory.json, { direction: 'right', theme: 'light', details: values.details ?? false }));
    else text = planToMarkdown(thePlan, source);
    writeOutput(values.output, text);
    return reportErrors(theory, io);
}

/** The follow-up workbook: one sheet per theory of FILE (a file or a folder). */
async function workbook(input: string | undefined, output: string | undefined, io: Io): Promise<number> {
    if (output === undefined || output === '-') throw new UsageError('a workbook cannot be shown in a terminal; write it to a file with -o opvolging.xlsx');
    const theories = await loadTheories(input, 'plan');
    const dir = path.dirname(path.resolve(output));
    const sheets = theories.map(t => ({ json: t.json, file: path.relative(dir, t.file).split(path.sep).join('/') }));
    writeOutput(output, await planToXlsx(sheets, madeOn()));
    return Math.max(EXIT.ok, ...theories.map(t => reportErrors(t, io)));
}

