/**
 * Loading .toc files from disk for the command line (and tests): collect files from paths and folders,
 * follow imports, build and check them with the same services the language server uses.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { URI, type LangiumDocument } from 'langium';
import { DiskFileSystem } from './workspace/disk-file-system.js';
import type { Diagnostic } from 'vscode-languageserver-types';
import { configProblemDiagnostics } from './config/config-problems.js';
import { createTocCoreServices, type TocCoreServices } from './toc-core-module.js';
import { decodeTocBytes, type EncodingProblem } from './workspace/text-encoding.js';

export class PathError extends Error {
    // Recognised by name: the command line's dispatch and its commands are separate bundles, each with its own copy.
    override name = 'PathError';
}

/** Every .toc file under the given paths, sorted; a missing path is an error. */
export function collectTocFiles(paths: string[]): string[] {
    const out = new Set<string>();
    const walk = (p: string, explicit: boolean) => {
        let stat: fs.Stats;
        try {
            stat = fs.statSync(p);
        } catch {
            throw new PathError(`${p}: no such file or folder`);
        }
        if (stat.isDirectory()) {
            let entries: string[];
            try {
                entries = fs.readdirSync(p);
            } catch {
                throw new PathError(`${p}: the folder cannot be read`);
            }
            for (const name of entries.sort()) {
                if (name === 'node_modules' || name.startsWith('.')) continue;
                const child = path.join(p, name);
                if (name.endsWith('.toc') || isDir(child)) walk(child, false);
            }
        } else if (explicit && !p.toLowerCase().endsWith('.toc')) {
            throw new PathError(`${p}: not a .toc file`);
        } else if (explicit || p.endsWith('.toc')) {
            try {
                fs.accessSync(p, fs.constants.R_OK);
            } catch {
                throw new PathError(`${p}: the file cannot be read`);
            }
            out.add(path.resolve(p));
        }
    };
    for (const p of paths) walk(p, true);
    return [...out].sort();
}

function isDir(p: string): boolean {
    try {
        return fs.statSync(p).isDirectory();
    } catch {
        return false;
    }
}

export interface LoadedWorkspace<S extends TocCoreServices = TocCoreServices> {
    services: S;
    /** The documents asked for (not the ones only loaded as imports), in the order given. */
    documents: LangiumDocument[];
    /** Files (asked for or imported) that are not UTF-8 text, by absolute path: the command line refuses to write from them. */
    encodingProblems: Map<string, EncodingProblem>;
}

/** Reads the files and builds them; the document builder brings in what they import. */
/**
 * The .toc files around the given ones (their folders, searched), which the command line loads along: a
 * file that imports one of them can carry its goals or measure its indicators, as in the editor, which
 * has the whole workspace loaded. So a file's findings are the same alone, with its folder, or in the editor.
 */
export function contextFiles(files: string[]): string[] {
    const asked = new Set(files.map(f => path.resolve(f)));
    const out = new Set<string>();
    for (const dir of new Set([...asked].map(f => path.dirname(f)))) {
        try {
            for (const f of collectTocFiles([dir])) if (!asked.has(f)) out.add(f);
        } catch { /* an unreadable folder adds nothing */ }
    }
    return [...out].sort();
}

/** Without `services`, the language without its editor features (the command line never needs them). */
export async function loadWorkspace<S extends TocCoreServices = TocCoreServices>(
    files: string[], services: S = createTocCoreServices(DiskFileSystem).Toc as S, context: string[] = [],
): Promise<LoadedWorkspace<S>> {
    const langiumDocuments = services.shared.workspace.LangiumDocuments;
    const factory = services.shared.workspace.LangiumDocumentFactory;
    const documents: LangiumDocument[] = [];
    const encodingProblems = new Map<string, EncodingProblem>();
    for (const file of files) {
        const uri = URI.file(path.resolve(file));
        if (langiumDocuments.hasDocument(uri)) continue;
        let bytes: Uint8Array;
        try {
            bytes = fs.readFileSync(uri.fsPath);
        } catch {
            throw new PathError(`${file}: the file cannot be read`);
        }
        const { text, problem } = decodeTocBytes(bytes);
        if (problem) encodingProblems.set(uri.fsPath, problem);
        const doc = factory.fromString(text, uri);
        langiumDocuments.addDocument(doc);
        documents.push(doc);
    }
    const around: LangiumDocument[] = [];
    for (const file of context) {
        const uri = URI.file(path.resolve(file));
        if (langiumDocuments.hasDocument(uri)) continue;
        try {
            const { text, problem } = decodeTocBytes(fs.readFileSync(uri.fsPath));
            if (problem) continue; // not asked for: its own check reports it
            const doc = factory.fromString(text, uri);
            langiumDocuments.addDocument(doc);
            around.push(doc);
        } catch { /* unreadable: it cannot import anything */ }
    }
    await services.shared.workspace.DocumentBuilder.build([...documents, ...around], { validation: true });
    // Imported files were read by the builder, decoded the same way: look again at those that lost characters.
    const aroundUris = new Set(around.map(d => d.uri.toString()));
    for (const doc of langiumDocuments.all) {
        if (doc.uri.scheme !== 'file' || aroundUris.has(doc.uri.toString()) || encodingProblems.has(doc.uri.fsPath) || !/[\uFFFD\u0000]/.test(doc.textDocument.getText())) continue;
        try {
            const { problem } = decodeTocBytes(fs.readFileSync(doc.uri.fsPath));
            if (problem) encodingProblems.set(doc.uri.fsPath, problem);
        } catch { /* gone meanwhile: the import check says so */ }
    }
    return { services, documents, encodingProblems };
}

/** A diagnostic as the command line reports it: 1-based lines and columns. */
export interface FileDiagnostic {
    file: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    severity: 'error' | 'warning' | 'info' | 'hint';
    rule: string;
    message: string;
}

export function toFileDiagnostics(file: string, diagnostics: Diagnostic[]): FileDiagnostic[] {
    return diagnostics.map((d): FileDiagnostic => ({
        file,
        line: d.range.start.line + 1,
        column: d.range.start.character + 1,
        endLine: d.range.end.line + 1,
        endColumn: d.range.end.character + 1,
        severity: d.severity === 1 ? 'error' : d.severity === 2 ? 'warning' : d.severity === 3 ? 'info' : 'hint',
        rule: String(d.code ?? 'syntax-error'),
        message: typeof d.message === 'string' ? d.message : d.message.value,
    })).sort((a, b) => a.line - b.line || a.column - b.column);
}

/**
 * What is wrong in the toc.config.json files that apply to these documents (a misspelt rule, a
 * severity that does not exist, text that is not JSON): warnings with rule `config`, on the config files.
 */
export function configFileDiagnostics(services: TocCoreServices, documents: Iterable<LangiumDocument>): FileDiagnostic[] {
    const provider = services.config.ConfigProvider;
    return configProblemDiagnostics(documents, uri => provider.configFor(uri))
        .flatMap(({ file, diagnostics }) => toFileDiagnostics(file, diagnostics));
}
