/**
 * A small LSP client for tests: spawns the real language server (`toc-language-server --stdio`) and
 * talks JSON-RPC to it over its stdin/stdout, as an editor would. Reused by the lsp, bench and
 * robustness tests, so it knows nothing about any one test.
 *
 *     const client = await LspClient.start({ rootUri: fileUri(folder) });
 *     const diagnostics = await client.openAndWait(fileUri(file), text);
 *     const hover = await client.request('textDocument/hover', { textDocument: { uri }, position });
 *     await client.stop();
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SERVER_NODE_FLAGS } from '../../packages/language/src/server-flags.js';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node.js';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SERVER_BIN = path.join(REPO_ROOT, 'packages/language/bin/toc-language-server.cjs');

/** `file:///…` for a path, as editors send it. */
export function fileUri(p: string): string {
    return pathToFileURL(path.resolve(p)).toString();
}

export interface Position { line: number; character: number }
export interface Range { start: Position; end: Position }
export interface Diagnostic { range: Range; severity?: number; code?: string | number; source?: string; message: string; data?: unknown }
export interface TextEdit { range: Range; newText: string }

export interface LspClientOptions {
    /** The workspace folder, as a URI. */
    rootUri?: string;
    /** Settings answered to `workspace/configuration`, by section: `{ toc: { rules: {...} } }`. */
    settings?: Record<string, unknown>;
    /** How long a wait may take before it fails (not a timing assertion: only to avoid hanging). */
    timeoutMs?: number;
    /** Extra environment for the server process. */
    env?: NodeJS.ProcessEnv;
    /** Node options for the server; by default those the VS Code extension starts it with. */
    nodeArgs?: readonly string[];
}

interface Waiter {
    method: string;
    accept: (params: unknown) => boolean;
    resolve: (params: unknown) => void;
}

export class LspClient {
    readonly connection: MessageConnection;
    readonly process: ChildProcess;
    /** The latest diagnostics per URI. */
    readonly diagnostics = new Map<string, Diagnostic[]>();
    /** Every notification received, in order. */
    readonly received: Array<{ method: string; params: unknown }> = [];
    /** What the server wrote to stderr (for failure messages). */
    stderr = '';
    settings: Record<string, unknown>;
    private readonly waiters: Waiter[] = [];
    private readonly versions = new Map<string, number>();
    private readonly timeoutMs: number;

    private constructor(proc: ChildProcess, options: LspClientOptions) {
        this.process = proc;
        this.settings = options.settings ?? {};
        this.timeoutMs = options.timeoutMs ?? 20_000;
        this.connection = createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
        proc.stderr!.on('data', (chunk: Buffer) => { this.stderr += chunk.toString(); });
        this.connection.onNotification((method: string, params: unknown) => {
            this.received.push({ method, params });
            if (method === 'textDocument/publishDiagnostics') {
                const p = params as { uri: string; diagnostics: Diagnostic[] };
                this.diagnostics.set(p.uri, p.diagnostics);
            }
            for (const w of [...this.waiters]) {
                if (w.method === method && w.accept(params)) {
                    this.waiters.splice(this.waiters.indexOf(w), 1);
                    w.resolve(params);
                }
            }
        });
        this.connection.onRequest('workspace/configuration', (params: { items: Array<{ section?: string }> }) =>
            params.items.map(item => lookup(this.settings, item.section)));
        this.connection.onRequest('client/registerCapability', () => null);
        this.connection.onRequest('client/unregisterCapability', () => null);
        this.connection.onRequest('window/workDoneProgress/create', () => null);
        this.connection.onRequest('workspace/semanticTokens/refresh', () => null);
        this.connection.onRequest('workspace/inlayHint/refresh', () => null);
        this.connection.listen();
    }

    /** Spawns the server and completes the initialize handshake. The server must have been built. */
    static async start(options: LspClientOptions = {}): Promise<LspClient> {
        if (!fs.existsSync(path.join(REPO_ROOT, 'packages/language/out/main.js'))) {
            throw new Error('The language server is not built: run `node scripts/build.mjs` first.');
        }
        const proc = spawn(process.execPath, [...(options.nodeArgs ?? SERVER_NODE_FLAGS), SERVER_BIN, '--stdio'], { cwd: REPO_ROOT, stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...options.env } });
        const client = new LspClient(proc, options);
        await client.request('initialize', {
            processId: process.pid,
            rootUri: options.rootUri ?? null,
            workspaceFolders: options.rootUri ? [{ uri: options.rootUri, name: path.basename(fileURLToPath(options.rootUri)) }] : null,
            capabilities: CLIENT_CAPABILITIES,
        });
        client.notify('initialized', {});
        return client;
    }

    request<R = unknown>(method: string, params: unknown): Promise<R> {
        return this.withTimeout(this.connection.sendRequest(method, params) as Promise<R>, `request ${method}`);
    }

    notify(method: string, params: unknown): void {
        void this.connection.sendNotification(method, params);
    }

    /** The next notification of that method that satisfies `accept` (including one already received if `past`). */
    waitFor<T = unknown>(method: string, accept: (params: T) => boolean = () => true, past = false): Promise<T> {
        if (past) {
            const hit = [...this.received].reverse().find(n => n.method === method && accept(n.params as T));
            if (hit) return Promise.resolve(hit.params as T);
        }
        const promise = new Promise<T>(resolve => {
            this.waiters.push({ method, accept: p => accept(p as T), resolve: p => resolve(p as T) });
        });
        return this.withTimeout(promise, `notification ${method}`);
    }

    /** Opens a document (sends didOpen). */
    open(uri: string, text: string, languageId = 'toc'): void {
        this.versions.set(uri, 1);
        this.notify('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    }

    /** Opens a document and waits for its diagnostics. */
    async openAndWait(uri: string, text: string): Promise<Diagnostic[]> {
        const next = this.waitForDiagnostics(uri);
        this.open(uri, text);
        return next;
    }

    /** Replaces the whole text of an open document and waits for the diagnostics of that version. */
    async change(uri: string, text: string): Promise<Diagnostic[]> {
        const version = (this.versions.get(uri) ?? 1) + 1;
        this.versions.set(uri, version);
        const next = this.waitForDiagnostics(uri);
        this.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
        return next;
    }

    close(uri: string): void {
        this.notify('textDocument/didClose', { textDocument: { uri } });
    }

    /** The next diagnostics published for that URI. */
    async waitForDiagnostics(uri: string, accept: (d: Diagnostic[]) => boolean = () => true): Promise<Diagnostic[]> {
        const p = await this.waitFor<{ uri: string; diagnostics: Diagnostic[] }>('textDocument/publishDiagnostics', x => x.uri === uri && accept(x.diagnostics));
        return p.diagnostics;
    }

    /** Sends new settings the way editors do (`workspace/didChangeConfiguration`). */
    changeSettings(settings: Record<string, unknown>): void {
        this.settings = settings;
        this.notify('workspace/didChangeConfiguration', { settings });
    }

    // ---- request helpers, by feature ----

    completion(uri: string, position: Position) {
        return this.request<{ items: CompletionItem[] } | CompletionItem[] | null>('textDocument/completion', { textDocument: { uri }, position })
            .then(r => (Array.isArray(r) ? r : r?.items ?? []));
    }
    hover(uri: string, position: Position) {
        return this.request<{ contents: { kind: string; value: string } } | null>('textDocument/hover', { textDocument: { uri }, position });
    }
    definition(uri: string, position: Position) {
        return this.request<Array<{ targetUri: string; targetRange: Range; targetSelectionRange: Range }> | null>('textDocument/definition', { textDocument: { uri }, position });
    }
    references(uri: string, position: Position, includeDeclaration = true) {
        return this.request<Array<{ uri: string; range: Range }> | null>('textDocument/references', { textDocument: { uri }, position, context: { includeDeclaration } });
    }
    formatting(uri: string) {
        return this.request<TextEdit[] | null>('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 4, insertSpaces: true } });
    }
    codeActions(uri: string, range: Range, diagnostics: Diagnostic[]) {
        return this.request<Array<{ title: string; kind?: string; edit?: { changes?: Record<string, TextEdit[]> } }> | null>('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics } });
    }

    /** Shuts the server down politely; kills it if it does not exit. */
    async stop(): Promise<void> {
        try {
            await this.request('shutdown', null);
            this.notify('exit', null);
        } catch {
            // already gone
        }
        await new Promise<void>(resolve => {
            if (this.process.exitCode !== null) return resolve();
            const timer = setTimeout(() => { this.process.kill(); resolve(); }, 3000);
            this.process.once('exit', () => { clearTimeout(timer); resolve(); });
        });
        this.connection.dispose();
    }

    private withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
        let timer: NodeJS.Timeout;
        const timeout = new Promise<never>((_, reject) => {
            timer = setTimeout(() => reject(new Error(`LSP ${what}: no answer within ${this.timeoutMs} ms. Server stderr:\n${this.stderr}`)), this.timeoutMs);
        });
        return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
    }
}

export interface CompletionItem {
    label: string;
    kind?: number;
    detail?: string;
    documentation?: string | { kind: string; value: string };
    insertText?: string;
    insertTextFormat?: number;
    textEdit?: TextEdit;
}

/** Applies LSP text edits to a text (edits must not overlap). */
export function applyEdits(text: string, edits: TextEdit[]): string {
    const lines = text.split('\n');
    const offset = (p: Position) => {
        let o = 0;
        for (let i = 0; i < p.line && i < lines.length; i++) o += lines[i]!.length + 1;
        return o + p.character;
    };
    const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
    let out = text;
    for (const e of sorted) out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
    return out;
}

/** The position of the n-th occurrence (0-based) of `needle` in `text`, plus `delta` characters. */
export function positionOf(text: string, needle: string, delta = 0, nth = 0): Position {
    let at = -1;
    for (let i = 0; i <= nth; i++) {
        at = text.indexOf(needle, at + 1);
        if (at < 0) throw new Error(`"${needle}" not found (occurrence ${nth})`);
    }
    const before = text.slice(0, at + delta);
    const line = before.split('\n').length - 1;
    return { line, character: before.length - before.lastIndexOf('\n') - 1 };
}

function lookup(settings: Record<string, unknown>, section: string | undefined): unknown {
    if (!section) return settings;
    let value: unknown = settings;
    for (const part of section.split('.')) {
        if (value && typeof value === 'object' && part in (value as object)) value = (value as Record<string, unknown>)[part];
        else return settings[section] ?? null;
    }
    return value;
}

const CLIENT_CAPABILITIES = {
    workspace: {
        configuration: true,
        didChangeConfiguration: { dynamicRegistration: false },
        didChangeWatchedFiles: { dynamicRegistration: false },
        workspaceFolders: true,
        symbol: {},
        applyEdit: true,
        workspaceEdit: { documentChanges: false },
    },
    textDocument: {
        synchronization: { didSave: true },
        publishDiagnostics: { relatedInformation: true },
        completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'], insertReplaceSupport: false } },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        definition: { linkSupport: true },
        references: {},
        documentHighlight: {},
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        formatting: {},
        rangeFormatting: {},
        rename: { prepareSupport: true },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'refactor', 'source'] } }, dataSupport: true },
        semanticTokens: { requests: { full: true, range: true }, tokenTypes: [], tokenModifiers: [], formats: ['relative'] },
        foldingRange: { lineFoldingOnly: false },
        inlayHint: {},
        documentLink: {},
    },
};
