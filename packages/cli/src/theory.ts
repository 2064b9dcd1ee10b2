/** One .toc file -> its TheoryJson and its diagnostics: what plan, render and export all start from. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { encodingProblemMessage, theoryToJson, type TheoryJson } from 'toc-language';
import { collectTocFiles, contextFiles, loadWorkspace, toFileDiagnostics, type FileDiagnostic } from 'toc-language/node';
import { EXIT, UsageError, type Io } from './usage.js';

export interface LoadedTheory {
    /** Absolute path. */
    file: string;
    json: TheoryJson;
    /** Every diagnostic of the file (the model's issues only keep those tied to an element). */
    diagnostics: FileDiagnostic[];
}

export async function loadTheory(file: string | undefined, command: string): Promise<LoadedTheory> {
    if (!file) throw new UsageError(`give one .toc file (see toc ${command} --help)`);
    const [resolved] = collectTocFiles([file]); // throws a one-line PathError for a missing or unreadable path
    if (resolved === undefined || fs.statSync(file).isDirectory()) throw new UsageError(`${file}: is a folder; give one .toc file`);
    // With the files around it, as `toc check` and the editor see it: importers may carry its goals.
    const { services, documents, encodingProblems } = await loadWorkspace([resolved], undefined, contextFiles([resolved]));
    // A plan drawn from text that lost its é's would spread the loss; the file must be saved as UTF-8 first.
    for (const [bad, problem] of encodingProblems) throw new UsageError(`${displayPath(bad)}: ${encodingProblemMessage('en', problem)}`);
    const doc = documents[0]!; // one document a file, in the order given
    const model = services.model.TheoryModelProvider.modelOf(doc);
    const json = theoryToJson(model, doc.diagnostics ?? []);
    return { file: resolved, json, diagnostics: toFileDiagnostics(resolved, doc.diagnostics ?? []) };
}

/** Every .toc file of a file or folder, checked together (imports between them resolve), in path order. */
export async function loadTheories(input: string | undefined, command: string): Promise<LoadedTheory[]> {
    if (!input) throw new UsageError(`give a .toc file or a folder (see toc ${command} --help)`);
    const files = collectTocFiles([input]);
    if (files.length === 0) throw new UsageError(`${input}: has no .toc files`);
    const { services, documents } = await loadWorkspace(files);
    return documents.map(doc => {
        const file = doc.uri.fsPath;
        const json = theoryToJson(services.model.TheoryModelProvider.modelOf(doc), doc.diagnostics ?? []);
        return { file, json, diagnostics: toFileDiagnostics(file, doc.diagnostics ?? []) };
    });
}

/** Errors in the file: the output is still written (it may be partial), the exit code says so. */
export function errorCount(theory: LoadedTheory): number {
    return theory.diagnostics.filter(d => d.severity === 'error').length;
}

/** The output is written either way; a file with errors gets one line on stderr and exit code 1. */
export function reportErrors(theory: LoadedTheory, io: Io): number {
    const errors = errorCount(theory);
    if (errors === 0) return EXIT.ok;
    io.err(`toc: ${displayPath(theory.file)} has ${errors} error${errors === 1 ? '' : 's'}; the output may be incomplete (see toc check)\n`);
    return EXIT.problems;
}

export function displayPath(file: string): string {
    return path.relative(process.cwd(), file) || file;
}
