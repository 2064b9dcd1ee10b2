/**
 * A minimal LSP client over stdio for the benchmarks (plain JS, so bench/run.mjs needs no TypeScript
 * loader). Spawns the language server, initializes it, opens one document, sends edits, and waits for
 * the diagnostics that follow each edit. Requests the server sends to us are answered with null.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node.js';
import { SERVER_NODE_FLAGS } from 'toc-language/server-flags';

export const SERVER_BIN = path.resolve(import.meta.dirname, '../packages/language/bin/toc-language-server.cjs');

/** The Node options the VS Code extension starts the server with: the benchmarks measure the server as users run it. */
export const SERVER_NODE_ARGS = [...SERVER_NODE_FLAGS];

export class LspClient {
    /** @param {{ cwd: string, nodeArgs?: string[], env?: Record<string,string>, server?: string }} options `server`: another build's server (a baseline) */
    static async start({ cwd, nodeArgs = SERVER_NODE_ARGS, env = {}, server = SERVER_BIN }) {
        const child = spawn(process.execPath, [...nodeArgs, server, '--stdio'], {
            cwd, stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...env },
        });
        let stderr = '';
        child.stderr.on('data', d => { stderr += d; });
        const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
        const client = new LspClient(child, connection, () => stderr);
        connection.listen();
        const root = pathToFileURL(cwd).href;
        await connection.sendRequest('initialize', {
            processId: process.pid,
            rootUri: root,
            workspaceFolders: [{ uri: root, name: 'bench' }],
            capabilities: {
                textDocument: {
                    synchronization: { didSave: false, dynamicRegistration: false },
                    completion: { completionItem: { snippetSupport: true } },
                    publishDiagnostics: {},
                },
                workspace: { workspaceFolders: true },
            },
        });
        connection.sendNotification('initialized', {});
        return client;
    }

    constructor(child, connection, stderr) {
        this.child = child;
        this.connection = connection;
        this.stderr = stderr;
        /** uri -> list of waiters for the next publishDiagnostics */
        this.waiters = new Map();
        this.lastDiagnostics = new Map();
        this.version = new Map();
        this.exited = new Promise(resolve => child.on('exit', (code, signal) => resolve({ code, signal })));
        connection.onNotification('textDocument/publishDiagnostics', params => {
            this.lastDiagnostics.set(params.uri, params.diagnostics);
            const list = this.waiters.get(params.uri) ?? [];
            this.waiters.set(params.uri, []);
            for (const w of list) w(params.diagnostics);
        });
        /** uri -> waiters for the next `toc/model` notification (the live model for the diagram). */
        this.modelWaiters = new Map();
        /** Whether the server was asked to push the live model (`watchModel`), as the extension does while a diagram is open. */
        this.watching = false;
        connection.onNotification('toc/model', params => {
            const list = this.modelWaiters.get(params.uri) ?? [];
            this.modelWaiters.set(params.uri, []);
            for (const w of list) w(params);
        });
        connection.onRequest(() => null);
        connection.onNotification(() => undefined);
    }

    get pid() { return this.child.pid; }

    /** Asks the server to push, or stop pushing, the live model after each edit: a diagram opened or closed. */
    watchModel(watch) {
        this.watching = watch;
        this.connection.sendNotification('toc/watchModel', { watch });
    }

    /** Resolves with the next diagnostics published for `uri`. */
    nextDiagnostics(uri, timeoutMs = 120_000) {
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} within ${timeoutMs} ms\n${this.stderr()}`)), timeoutMs);
            const list = this.waiters.get(uri) ?? [];
            list.push(d => { clearTimeout(timer); resolve(d); });
            this.waiters.set(uri, list);
        });
    }

    /** Resolves with the first `toc/model` notification for `uri` of at least `version`, or undefined after `timeoutMs`. */
    nextModel(uri, version, timeoutMs = 120_000) {
        return new Promise(resolve => {
            const timer = setTimeout(() => resolve(undefined), timeoutMs);
            timer.unref();
            const wait = () => {
                const list = this.modelWaiters.get(uri) ?? [];
                list.push(m => {
                    if (m.version < version) return wait(); // a late one for an earlier version
                    clearTimeout(timer);
                    resolve(m);
                });
                this.modelWaiters.set(uri, list);
            };
            wait();
        });
    }

    async open(file) {
        const uri = pathToFileURL(file).href;
        const text = fs.readFileSync(file, 'utf8');
        this.version.set(uri, 1);
        const next = this.nextDiagnostics(uri);
        const t0 = performance.now();
        const model = this.watching ? this.nextModel(uri, 1, 600_000) : undefined;
        this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'toc', version: 1, text } });
        await next;
        // When watched, the live model follows the diagnostics.
        if (model) await model;
        return uri;
    }

    /**
     * Sends one incremental change; resolves with the milliseconds until its diagnostics arrive and, while
     * the live model is watched, until that `toc/model` notification arrives too (modelMs). It returns
     * only after both, so the next edit finds an idle server.
     */
    async change(uri, range, text) {
        const version = (this.version.get(uri) ?? 1) + 1;
        this.version.set(uri, version);
        const next = this.nextDiagnostics(uri);
        const model = this.watching ? this.nextModel(uri, version) : undefined;
        const t0 = performance.now();
        this.connection.sendNotification('textDocument/didChange', {
            textDocument: { uri, version },
            contentChanges: [{ range, text }],
        });
        const diagnostics = await next;
        const ms = performance.now() - t0;
        const m = model ? await model : undefined;
        if (model && m?.version !== version) throw new Error(`toc/model for version ${m?.version}, expected ${version}`);
        return { ms, diagnostics, modelMs: m ? performance.now() - t0 : undefined };
    }

    /** Sends a change without waiting for anything. */
    changeNoWait(uri, range, text) {
        const version = (this.version.get(uri) ?? 1) + 1;
        this.version.set(uri, version);
        this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] });
    }

    async completion(uri, position) {
        const t0 = performance.now();
        const result = await this.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position });
        const items = Array.isArray(result) ? result : result?.items ?? [];
        return { ms: performance.now() - t0, items };
    }

    /** Peak resident memory of the server process so far (VmHWM), in MB; Linux only. */
    peakRssMb() {
        return readStatusMb(this.child.pid, 'VmHWM');
    }

    rssMb() {
        return readStatusMb(this.child.pid, 'VmRSS');
    }

    async stop() {
        try {
            await Promise.race([this.connection.sendRequest('shutdown'), new Promise(r => setTimeout(r, 2000))]);
            this.connection.sendNotification('exit');
        } catch { /* already gone */ }
        const timer = setTimeout(() => this.child.kill(), 3000);
        await this.exited;
        clearTimeout(timer);
        this.connection.dispose();
    }
}

export function readStatusMb(pid, field) {
    try {
        const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
        const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
        return m ? Number(m[1]) / 1024 : undefined;
    } catch {
        return undefined;
    }
}
