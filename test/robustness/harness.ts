/**
 * Runs one input through everything a user's text reaches — parse, link, the whole check suite, the
 * TheoryModel, TheoryJson, the editor features (completion, hover, symbols, folding, highlight,
 * definition, references, rename, formatting, quick fixes) and the diagram — and returns every broken
 * invariant as a sentence. An exception anywhere is caught and returned too, with its stack, so a
 * property can say "no problems" and the fuzzer can print what broke.
 *
 * Editor features and the diagram are used when they exist (other helpers are writing them); `features`
 * says which ones ran.
 */
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import type { Diagnostic, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { createTocServices, theoryToJson, type TheoryJson, type TocServices } from 'toc-language';
import { checkSvg } from './xml-safety.js';

export interface Env {
    services: TocServices;
    features: Features;
    diagram?: DiagramApi;
    counter: number;
}

export interface Features {
    completion: boolean; hover: boolean; symbols: boolean; folding: boolean; highlight: boolean;
    definition: boolean; references: boolean; rename: boolean; formatter: boolean; codeActions: boolean;
    semanticTokens: boolean; inlayHints: boolean; documentLinks: boolean; diagram: boolean;
}

/** What the diagram package is expected to export (see the brief): render a TheoryJson to an SVG string. */
export interface DiagramApi {
    renderTheorySvg?: (model: TheoryJson, options?: unknown) => string | Promise<string>;
    toDiagramGraph?: (model: TheoryJson, options?: unknown) => unknown;
}

export async function createEnv(): Promise<Env> {
    const { Toc } = createTocServices(EmptyFileSystem);
    let diagram: DiagramApi | undefined;
    try {
        diagram = await import('toc-diagram') as DiagramApi;
    } catch {
        diagram = undefined;
    }
    const lsp = Toc.lsp as Record<string, unknown>;
    const features: Features = {
        completion: !!lsp.CompletionProvider, hover: !!lsp.HoverProvider, symbols: !!lsp.DocumentSymbolProvider,
        folding: !!lsp.FoldingRangeProvider, highlight: !!lsp.DocumentHighlightProvider, definition: !!lsp.DefinitionProvider,
        references: !!lsp.ReferencesProvider, rename: !!lsp.RenameProvider, formatter: !!lsp.Formatter,
        codeActions: !!lsp.CodeActionProvider, semanticTokens: !!lsp.SemanticTokenProvider, inlayHints: !!lsp.InlayHintProvider,
        documentLinks: !!lsp.DocumentLinkProvider,
        diagram: typeof diagram?.renderTheorySvg === 'function' || typeof diagram?.toDiagramGraph === 'function',
    };
    return { services: Toc, features, diagram, counter: 0 };
}

export interface Loaded {
    docs: Record<string, LangiumDocument>;
    main: LangiumDocument;
    dispose(): Promise<void>;
}

/** Puts the files in a fresh in-memory folder, builds and validates them. `main.toc` is the one looked at. */
export async function load(env: Env, files: Record<string, string>, mainName = 'main.toc'): Promise<Loaded> {
    const shared = env.services.shared;
    const folder = `memory:///case${++env.counter}/`;
    const docs: Record<string, LangiumDocument> = {};
    for (const [name, text] of Object.entries(files)) {
        const doc = shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(folder + name));
        shared.workspace.LangiumDocuments.addDocument(doc);
        docs[name] = doc;
    }
    const all = Object.values(docs);
    // If building throws, take the documents out by hand: left in, they would break every later case.
    const forget = () => {
        for (const d of all) {
            shared.workspace.LangiumDocuments.deleteDocument(d.uri);
            shared.workspace.IndexManager.remove(d.uri);
        }
    };
    try {
        await shared.workspace.DocumentBuilder.build(all, { validation: true });
    } catch (e) {
        forget();
        throw e;
    }
    return {
        docs, main: docs[mainName]!,
        dispose: async () => {
            try {
                await shared.workspace.DocumentBuilder.update([], all.map(d => d.uri));
            } catch (e) {
                forget();
                throw e;
            }
        },
    };
}

// ---------------------------------------------------------------- ranges

/** Line lengths as LSP counts them: UTF-16 units, lines split at \r\n, \r and \n. */
export function lineLengths(text: string): number[] {
    return text.split(/\r\n|\r|\n/).map(l => l.length);
}

export function rangeProblem(range: Range | undefined, lines: number[], what: string): string | undefined {
    if (!range || !range.start || !range.end) return `${what}: no range`;
    for (const [name, p] of [['start', range.start], ['end', range.end]] as const) {
        if (!Number.isInteger(p.line) || !Number.isInteger(p.character) || p.line < 0 || p.character < 0) return `${what}: ${name} ${JSON.stringify(p)} is not a position`;
        if (p.line >= lines.length) return `${what}: ${name} line ${p.line} is past the last line ${lines.length - 1}`;
        if (p.character > lines[p.line]!) return `${what}: ${name} ${p.line}:${p.character} is past the end of the line (${lines[p.line]})`;
    }
    if (range.start.line > range.end.line || (range.start.line === range.end.line && range.start.character > range.end.character)) {
        return `${what}: range ${JSON.stringify(range)} ends before it starts`;
    }
    return undefined;
}

export function diagnosticProblems(doc: LangiumDocument, diagnostics: Diagnostic[] | undefined): string[] {
    const problems: string[] = [];
    if (!Array.isArray(diagnostics)) return ['the document has no diagnostics array after validation'];
    const lines = lineLengths(doc.textDocument.getText());
    for (const d of diagnostics) {
        const p = rangeProblem(d.range, lines, `diagnostic "${d.code}"`);
        if (p) problems.push(p);
        if (typeof d.message !== 'string' || d.message.trim() === '') problems.push(`diagnostic "${d.code}" has no message`);
        if (typeof d.message === 'string' && d.message.includes('\u0000toc:')) problems.push(`diagnostic leaks an internal marker: ${JSON.stringify(d.message)}`);
        if (typeof d.code !== 'string' || d.code === '') problems.push(`diagnostic without a rule id: ${d.message}`);
        if (d.code === 'internal-error') problems.push(`a check threw: ${d.message}`);
        if (![1, 2, 3, 4].includes(d.severity ?? 0)) problems.push(`diagnostic "${d.code}" has severity ${d.severity}`);
    }
    return problems;
}

/** Every `range` inside a TheoryJson is inside the document (external elements are in their own file). */
export function jsonRangeProblems(json: TheoryJson, lines: number[]): string[] {
    const problems: string[] = [];
    for (const el of json.elements) {
        if (el.external) continue;
        const p = rangeProblem(el.range, lines, `element ${el.id}`);
        if (p) problems.push(p);
        for (const r of el.results) {
            const q = rangeProblem(r.range, lines, `result ${r.id}`);
            if (q) problems.push(q);
            for (const i of r.indicators) {
                const s = rangeProblem(i.range, lines, `indicator ${i.id}`);
                if (s) problems.push(s);
            }
        }
    }
    return problems;
}

function isResponseError(e: unknown): boolean {
    return typeof e === 'object' && e !== null && typeof (e as { code?: unknown }).code === 'number' && e instanceof Error;
}

// ---------------------------------------------------------------- edits

/** Applies LSP text edits (non-overlapping, any order) to a text. */
export function applyEdits(text: string, edits: TextEdit[]): string {
    const offsets = lineOffsets(text);
    const at = (p: { line: number; character: number }) => Math.min(text.length, (offsets[p.line] ?? text.length) + p.character);
    const sorted = edits.map(e => ({ s: at(e.range.start), e: at(e.range.end), t: e.newText })).sort((a, b) => b.s - a.s || b.e - a.e);
    let out = text;
    for (const e of sorted) out = out.slice(0, e.s) + e.t + out.slice(e.e);
    return out;
}

export function lineOffsets(text: string): number[] {
    const offsets = [0];
    const re = /\r\n|\r|\n/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) offsets.push(m.index + m[0].length);
    return offsets;
}

function offsetToPosition(text: string, offset: number): { line: number; character: number } {
    const offsets = lineOffsets(text);
    let line = 0;
    while (line + 1 < offsets.length && offsets[line + 1]! <= offset) line++;
    return { line, character: offset - offsets[line]! };
}

/** The edits for one document. URIs are compared parsed: langium writes `memory:/x` for `memory:///x`. */
export function editsOf(edit: WorkspaceEdit | undefined, uri: string): TextEdit[] {
    if (!edit) return [];
    const key = URI.parse(uri).toString();
    const same = (u: string) => URI.parse(u).toString() === key;
    const out: TextEdit[] = [];
    for (const [u, edits] of Object.entries(edit.changes ?? {})) if (same(u)) out.push(...edits);
    for (const c of edit.documentChanges ?? []) {
        if ('textDocument' in c && same(c.textDocument.uri)) out.push(...c.edits.filter((e): e is TextEdit => 'range' in e));
    }
    return out;
}

/** Edits for documents other than `uri`. */
export function otherEdits(edit: WorkspaceEdit | undefined, uri: string): string[] {
    const key = URI.parse(uri).toString();
    return Object.keys(edit?.changes ?? {}).filter(u => URI.parse(u).toString() !== key);
}

// ---------------------------------------------------------------- the pipeline

export interface RunOptions {
    /** Offsets (any numbers; taken modulo the length) at which to ask completion, hover, highlight, definition. */
    offsets?: number[];
    /** Also render the diagram (slow for big inputs: ELK layout). */
    diagram?: boolean;
    /** Quick fixes on every diagnostic, each applied and re-parsed. */
    codeActions?: boolean;
}

export interface RunResult {
    problems: string[];
    json?: TheoryJson;
    diagnostics: Diagnostic[];
    svg?: string;
    loaded?: Loaded;
}

/**
 * Runs everything on the files and collects what broke. The caller disposes `loaded` (or passes keep=false).
 * An error logged on the way is a problem too: Langium logs a failing validation and carries on, so a
 * crash would otherwise show only as findings that are silently missing.
 */
export async function runPipeline(env: Env, files: Record<string, string>, options: RunOptions = {}, keep = false): Promise<RunResult> {
    const logged: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => {
        logged.push(args.map(a => (a instanceof Error ? a.stack ?? a.message : String(a))).join(' '));
    };
    try {
        const result = await pipeline(env, files, options, keep);
        result.problems.push(...logged.map(l => `logged an error: ${l}`));
        return result;
    } finally {
        console.error = original;
    }
}

async function pipeline(env: Env, files: Record<string, string>, options: RunOptions, keep: boolean): Promise<RunResult> {
    const problems: string[] = [];
    const guard = async <T>(stage: string, f: () => T | Promise<T>, refusalOk = false): Promise<T | undefined> => {
        try {
            return await f();
        } catch (e) {
            // Rename may refuse with an LSP error response ("only names can be renamed"): an answer, not a crash.
            if (refusalOk && isResponseError(e)) return undefined;
            problems.push(`${stage} threw: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
            return undefined;
        }
    };
    const loaded = await guard('parse/link/validate', () => load(env, files));
    if (!loaded) return { problems, diagnostics: [] };
    const doc = loaded.main;
    const text = doc.textDocument.getText();
    const lines = lineLengths(text);
    const uri = doc.uri.toString();
    const lsp = env.services.lsp;

    for (const [name, d] of Object.entries(loaded.docs)) {
        for (const p of diagnosticProblems(d, d.diagnostics)) problems.push(`${name}: ${p}`);
    }
    const diagnostics = doc.diagnostics ?? [];

    const json = await guard('model/theoryToJson', () => {
        const model = env.services.model.TheoryModelProvider.modelOf(doc);
        const j = theoryToJson(model, diagnostics);
        // Must be plain data: survives JSON without change.
        const round = JSON.parse(JSON.stringify(j));
        if (JSON.stringify(round) !== JSON.stringify(j)) problems.push('TheoryJson does not survive JSON.stringify');
        return j;
    });
    if (json) problems.push(...jsonRangeProblems(json, lines));

    const offsets = (options.offsets ?? []).map(o => o % (text.length + 1));
    const td = { uri };
    for (const offset of offsets) {
        const position = offsetToPosition(text, offset);
        const at = `at ${position.line}:${position.character}`;
        if (env.features.completion) {
            const list = await guard(`completion ${at}`, () => lsp.CompletionProvider!.getCompletion(doc, { textDocument: td, position }));
            for (const item of list?.items ?? []) {
                const r = item.textEdit && 'range' in item.textEdit ? item.textEdit.range : undefined;
                const p = r && rangeProblem(r, lines, `completion "${item.label}" ${at}`);
                if (p) problems.push(p);
            }
        }
        if (env.features.hover) await guard(`hover ${at}`, () => lsp.HoverProvider!.getHoverContent(doc, { textDocument: td, position }));
        if (env.features.highlight) {
            const hs = await guard(`highlight ${at}`, () => lsp.DocumentHighlightProvider!.getDocumentHighlight(doc, { textDocument: td, position }));
            for (const h of hs ?? []) { const p = rangeProblem(h.range, lines, `highlight ${at}`); if (p) problems.push(p); }
        }
        if (env.features.definition) await guard(`definition ${at}`, () => lsp.DefinitionProvider!.getDefinition(doc, { textDocument: td, position }));
        if (env.features.references) await guard(`references ${at}`, () => lsp.ReferencesProvider!.findReferences(doc, { textDocument: td, position, context: { includeDeclaration: true } }));
        if (env.features.rename) {
            await guard(`prepareRename ${at}`, () => lsp.RenameProvider!.prepareRename(doc, { textDocument: td, position }), true);
            await guard(`rename ${at}`, () => lsp.RenameProvider!.rename(doc, { textDocument: td, position, newName: 'Nieuw_1' }), true);
        }
    }
    if (env.features.symbols) {
        const symbols = await guard('document symbols', () => lsp.DocumentSymbolProvider!.getSymbols(doc, { textDocument: td }));
        const walk = (list: typeof symbols) => {
            for (const s of list ?? []) {
                const p = rangeProblem(s.range, lines, `symbol ${s.name}`) ?? rangeProblem(s.selectionRange, lines, `symbol ${s.name} selection`);
                if (p) problems.push(p);
                walk(s.children);
            }
        };
        walk(symbols);
    }
    if (env.features.semanticTokens) {
        await guard('semantic tokens', () => lsp.SemanticTokenProvider!.semanticHighlight(doc, { textDocument: td }));
    }
    if (env.features.inlayHints) {
        const end = { line: lines.length - 1, character: lines[lines.length - 1]! };
        const hints = await guard('inlay hints', () => lsp.InlayHintProvider!.getInlayHints(doc, { textDocument: td, range: { start: { line: 0, character: 0 }, end } }));
        for (const h of hints ?? []) { const p = rangeProblem({ start: h.position, end: h.position }, lines, 'inlay hint'); if (p) problems.push(p); }
    }
    if (env.features.documentLinks) {
        const links = await guard('document links', () => lsp.DocumentLinkProvider!.getDocumentLinks(doc, { textDocument: td }));
        for (const l of links ?? []) { const p = rangeProblem(l.range, lines, 'document link'); if (p) problems.push(p); }
    }
    if (env.features.folding) await guard('folding ranges', () => lsp.FoldingRangeProvider!.getFoldingRanges(doc, { textDocument: td }));
    if (env.features.formatter) {
        const edits = await guard('format', () => lsp.Formatter!.formatDocument(doc, { textDocument: td, options: { tabSize: 4, insertSpaces: true } }));
        for (const e of edits ?? []) { const p = rangeProblem(e.range, lines, 'format edit'); if (p) problems.push(p); }
    }
    if (env.features.codeActions && options.codeActions) problems.push(...await codeActionProblems(env, loaded, files));

    let svg: string | undefined;
    if (json && options.diagram && env.features.diagram) {
        const api = env.diagram!;
        if (api.toDiagramGraph) await guard('toDiagramGraph', () => api.toDiagramGraph!(json));
        if (api.renderTheorySvg) {
            svg = await guard('renderTheorySvg', () => api.renderTheorySvg!(json));
            if (typeof svg === 'string') problems.push(...checkSvg(svg));
            else if (svg !== undefined) problems.push(`renderTheorySvg returned ${typeof svg}, not a string`);
        }
    }

    if (!keep) await guard('dispose', () => loaded.dispose());
    return { problems, json, diagnostics, svg, loaded: keep ? loaded : undefined };
}

/**
 * Every quick fix on every diagnostic, applied: the result must load; and in a document without syntax
 * errors a fix must not add one (in a broken one, e.g. an unclosed block, where new text lands is anyone's guess).
 */
async function codeActionProblems(env: Env, loaded: Loaded, files: Record<string, string>): Promise<string[]> {
    const problems: string[] = [];
    const doc = loaded.main;
    const uri = doc.uri.toString();
    const text = doc.textDocument.getText();
    const syntaxBefore = (doc.diagnostics ?? []).filter(d => d.code === 'syntax-error').length;
    for (const d of doc.diagnostics ?? []) {
        let actions;
        try {
            actions = await env.services.lsp.CodeActionProvider!.getCodeActions(doc, { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
        } catch (e) {
            problems.push(`code actions for "${d.code}" threw: ${e instanceof Error ? e.stack : e}`);
            continue;
        }
        for (const a of actions ?? []) {
            if (!('edit' in a) || !a.edit) continue;
            const fixed = applyEdits(text, editsOf(a.edit, uri));
            try {
                const after = await load(env, { ...files, 'main.toc': fixed });
                const syntaxAfter = (after.main.diagnostics ?? []).filter(x => x.code === 'syntax-error').length;
                if (syntaxBefore === 0 && syntaxAfter > 0) problems.push(`quick fix "${a.title}" for "${d.code}" adds a syntax error:\n${fixed}`);
                await after.dispose();
            } catch (e) {
                problems.push(`loading the result of quick fix "${a.title}" threw: ${e instanceof Error ? e.stack : e}`);
            }
        }
    }
    return problems;
}
