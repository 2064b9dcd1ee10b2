/**
 * Runs ELK in a Web Worker whose code is embedded in this bundle and started from a Blob URL
 * (a webview cannot start a worker from its resource URIs; the CSP needs only `worker-src blob:`).
 * A newer layout cancels a running one: the worker is stopped and a fresh one starts.
 */
import ElkModule from 'elkjs/lib/elk-api.js';
import type { ELK as ElkApi, ELKConstructorArguments, ElkNode } from 'elkjs/lib/elk-api.js';
import elkWorkerSource from 'elk-worker-source';

export class Cancelled extends Error {
    constructor() {
        super('layout cancelled');
    }
}

// elk-api is CommonJS: its class is the module itself or its default, depending on the bundler.
const ELK = ((ElkModule as unknown as { default?: unknown }).default ?? ElkModule) as unknown as new (args: ELKConstructorArguments) => ElkApi;

interface Running { reject(reason: unknown): void }

export class WorkerLayoutRunner {
    private elk: ElkApi | undefined;
    private running: Running | undefined;
    private url: string | undefined;

    private instance(): ElkApi {
        if (!this.url) this.url = URL.createObjectURL(new Blob([elkWorkerSource], { type: 'text/javascript' }));
        const url = this.url;
        this.elk ??= new ELK({ workerFactory: () => new Worker(url) });
        return this.elk;
    }

    /** Lays out; rejects with Cancelled when a newer layout started first. */
    layout(graph: ElkNode): Promise<ElkNode> {
        this.cancel();
        const elk = this.instance();
        return new Promise<ElkNode>((resolve, reject) => {
            const mine: Running = { reject };
            this.running = mine;
            elk.layout(graph).then(
                (result: ElkNode) => {
                    if (this.running === mine) this.running = undefined;
                    resolve(result as ElkNode);
                },
                (error: unknown) => {
                    if (this.running === mine) this.running = undefined;
                    reject(error);
                },
            );
        });
    }

    /** Stops a running layout, if any. */
    cancel(): void {
        if (!this.running) return;
        this.running.reject(new Cancelled());
        this.running = undefined;
        this.elk?.terminateWorker();
        this.elk = undefined;
    }
}
