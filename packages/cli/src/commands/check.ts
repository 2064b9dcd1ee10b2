/** `toc check [files or folders…]`: every .toc found, imports followed, in text, JSON or SARIF. */
import * as path from 'node:path';
import { collectTocFiles, configFileDiagnostics, contextFiles, loadWorkspace, toFileDiagnostics, type FileDiagnostic } from 'toc-language/node';
import { encodingProblemMessage, ENCODING_DIAGNOSTIC_CODE } from 'toc-language';
import { formatSarif } from '../output/sarif.js';
import { formatText } from '../output/text.js';
import { parseOptions } from '../options.js';
import { EXIT, UsageError, type Io } from '../usage.js';

export const CHECK_HELP = `Usage: toc check [options] [files or folders...]

Checks every .toc file (folders are searched; imports are followed) and reports
what the checks find. With no path, the current folder is checked. Problems in
the toc.config.json files that apply (a misspelt rule, a severity that does not
exist) are reported as warnings on those files.

Options:
  --format text|json|sarif   how to report (default: text)
  --max-warnings N           fail when there are more than N warnings
  -h, --help                 show this help

Exit code: 0 clean, 1 errors (or more warnings than allowed), 2 bad usage or an
unreadable path.

Examples:
  toc check examples
  toc check --format json plan.toc
  toc check --format sarif . > toc.sarif
  toc check --max-warnings 0 plans/
`;

export async function check(args: string[], io: Io): Promise<number> {
    const { values, positionals } = parseOptions(args, {
        format: { type: 'string', default: 'text' },
        'max-warnings': { type: 'string' },
    });
    const format = values.format!;
    if (!['text', 'json', 'sarif'].includes(format)) throw new UsageError(`--format takes text, json or sarif, not "${format}"`);
    let maxWarnings = Infinity;
    if (values['max-warnings'] !== undefined) {
        maxWarnings = Number(values['max-warnings']);
        if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw new UsageError(`--max-warnings takes a whole number, not "${values['max-warnings']}"`);
    }

    const files = collectTocFiles(positionals.length > 0 ? positionals : ['.']);
    if (files.length === 0) throw new UsageError(`no .toc files found in ${positionals.join(', ') || 'this folder'}`);
    if (files.length > 20 && io.isTty) io.err(`Checking ${files.length} files…\n`);
    const { services, documents, encodingProblems } = await loadWorkspace(files, undefined, contextFiles(files));
    // The team's toc.config.json files first: a typo there changes what the rest reports.
    const diagnostics: FileDiagnostic[] = configFileDiagnostics(services, documents);
    const unreadable: string[] = [];
    for (const doc of documents) {
        const file = doc.uri.fsPath;
        const problem = encodingProblems.get(file);
        if (!problem) {
            diagnostics.push(...toFileDiagnostics(file, doc.diagnostics ?? []));
            continue;
        }
        // The bytes say more than the decoded text: which byte, where, and (a NUL) whether it is text at all.
        const lang = services.model.TheoryModelProvider.modelOf(doc as Parameters<typeof services.model.TheoryModelProvider.modelOf>[0]).lang;
        const encoding: FileDiagnostic = {
            file, line: problem.line, column: problem.column, endLine: problem.line, endColumn: problem.column + 1,
            severity: 'error', rule: ENCODING_DIAGNOSTIC_CODE, message: encodingProblemMessage(lang, problem),
        };
        // A binary file's "syntax errors" are noise about bytes that were never text.
        const rest = problem.kind === 'binary' ? [] : toFileDiagnostics(file, doc.diagnostics ?? []).filter(d => d.rule !== ENCODING_DIAGNOSTIC_CODE);
        diagnostics.push(...[encoding, ...rest].sort((a, b) => a.line - b.line || a.column - b.column));
        unreadable.push(`toc check: ${path.relative(process.cwd(), file) || file}: ${encodingProblemMessage('en', problem)}\n`);
    }

    const cwd = process.cwd();
    if (format === 'json') io.out(JSON.stringify(diagnostics.map(d => ({ ...d, file: path.relative(cwd, d.file) || d.file })), null, 2) + '\n');
    else if (format === 'sarif') io.out(formatSarif(diagnostics, cwd));
    else io.out(formatText(diagnostics, documents.length, io.isTty, f => path.relative(cwd, f) || f));

    // Not UTF-8: the file cannot be read as written, like a missing one (its line also went into the report).
    for (const line of unreadable) io.err(line);
    if (unreadable.length > 0) return EXIT.usage;
    const errors = diagnostics.filter(d => d.severity === 'error').length;
    const warnings = diagnostics.filter(d => d.severity === 'warning').length;
    if (errors > 0) return EXIT.problems;
    if (warnings > maxWarnings) {
        io.err(`toc: ${warnings} warnings, more than the ${maxWarnings} allowed by --max-warnings\n`);
        return EXIT.problems;
    }
    return EXIT.ok;
}
