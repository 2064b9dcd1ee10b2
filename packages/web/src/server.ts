/**
 * The language server in a Web Worker, started from a Blob (its code is inside app.js: a page opened from
 * disk may not start a worker from a file), and a transport for CodeMirror's LSP client that answers the
 * server's `toc/readFile` requests from the page's own files and lets the page watch what goes by.
 */
import type { Transport } from '@codemirror/lsp-client';
import { READ_FILE_METHOD } from 'toc-language/protocol';
import serverSource from 'virtual:server-source';

export interface ServerHooks {
    /** The text of a file of the page, or undefined when there is none. */
    readFile(uri: string): string | undefined;
    /** Every notification from the server, before the client sees it. */
    onNotification(method: string, params: unknown): void;
}

interface Message { jsonrpc: '2.0'; id?: number | string; method?: string; params?: unknown }

export class WorkerServer implements Transport {
    private readonly worker: Worker;
    private handlers: Array<(value: string) => void> = [];

    constructor(private readonly hooks: ServerHooks) {
        const url = URL.createObjectURL(new Blob([serverSource], { type: 'text/javascript' }));
        this.worker = new Worker(url, { name: 'toc-language-server' });
        this.worker.onmessage = event => this.receive(event.data as Message);
        this.worker.onerror = event => console.error('toc language server:', event.message);
    }

    send(message: string): void {
        this.worker.postMessage(JSON.parse(message));
    }

    subscribe(handler: (value: string) => void): void {
        this.handlers.push(handler);
    }

    unsubscribe(handler: (value: string) => void): void {
        this.handlers = this.handlers.filter(h => h !== handler);
    }

    /** A notification the client library has no call for (`toc/watchModel`, changed files). */
    notify(method: string, params: unknown): void {
        this.worker.postMessage({ jsonrpc: '2.0', method, params });
    }

    private receive(message: Message): void {
        if (message.method === READ_FILE_METHOD && message.id !== undefined) {
            const uri = (message.params as { uri?: unknown } | undefined)?.uri;
            const text = typeof uri === 'string' ? this.hooks.readFile(uri) : undefined;
            this.worker.postMessage({ jsonrpc: '2.0', id: message.id, result: text === undefined ? null : { text } });
            return;
        }
        if (message.method && message.id === undefined) this.hooks.onNotification(message.method, message.params);
        const text = JSON.stringify(message);
        for (const h of this.handlers) h(text);
    }
}
