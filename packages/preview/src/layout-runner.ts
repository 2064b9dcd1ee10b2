/**
 * Runs ELK in a Web Worker whose code is embedded in this bundle and started from a Blob URL
 * (a webview cannot start a worker from its resource URIs; the CSP needs only `worker-src blob:`).
 *
 * One worker for the panel's life, one layout in it at a time. A newer layout supersedes an older one: the
 * older one's caller gets Cancelled at once, and the newer one waits for the worker to finish what it runs
 * (only the newest request waits; those in between are dropped). Stopping the worker instead would cost a
 * fresh one: loading ELK again (about 0.4 s) and running it cold (a 300-box layout about 1.4 s instead of 1 s).
 * Only a superseded layout that has run for STALE_AFTER_MS is stopped, so a huge theory pasted and deleted
 * again does not hold up the picture.
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

/** A superseded layout still running after this long is stopped with its worker. */
export const STALE_AFTER_MS = 2_000;

interface Request {
    graph: ElkNode;
    resolve(result: ElkNode): void;
    reject(reason: unknown): void;
    /** Still wanted: false once a newer request superseded it (or for the warm-up). */
    wanted: boolean;
}

export class WorkerLayoutRunner {
    private elk: ElkApi | undefined;
    private url: string | undefined;
    /** In the worker now. */
    private running: (Request & { worker: ElkApi; stopTimer?: ReturnType<typeof setTimeout> }) | undefined;
    /** The newest request, waiting for the worker. */
    private waiting: Request | undefined;

    private instance(): ElkApi {
        if (!this.url) this.url = URL.createObjectURL(new Blob([elkWorkerSource], { type: 'text/javascript' }));
        const url = this.url;
        this.elk ??= new ELK({ workerFactory: () => new Worker(url) });
        return this.elk;
    }

    /**
     * Starts the worker and lays out a small graph nobody waits for: ELK's code is loaded and compiled while the
     * panel waits for its first model. A layout asked for meanwhile waits for it (a fraction of a second).
     */
    warmUp(graph: ElkNode): void {
        if (this.running || this.waiting) return;
        this.start({ graph, resolve: () => undefined, reject: () => undefined, wanted: false });
    }

    /** Lays out; rejects with Cancelled when a newer layout was asked for first. */
    layout(graph: ElkNode): Promise<ElkNode> {
        return new Promise<ElkNode>((resolve, reject) => {
            const request: Request = { graph, resolve, reject, wanted: true };
            this.supersede();
            if (this.running) this.waiting = request;
            else this.start(request);
        });
    }

    private supersede(): void {
        if (this.waiting) {
            this.waiting.reject(new Cancelled());
            this.waiting = undefined;
        }
        const running = this.running;
        if (running?.wanted) {
            running.wanted = false;
            running.reject(new Cancelled());
            running.stopTimer = setTimeout(() => {
                if (this.running === running) this.stop();
            }, STALE_AFTER_MS);
        }
    }

    private start(request: Request): void {
        const worker = this.instance();
        const running = { ...request, worker };
        this.running = running;
        worker.layout(request.graph).then(
            result => this.finished(running, () => running.resolve(result)),
            error => this.finished(running, () => running.reject(error)),
        );
    }

    private finished(running: NonNullable<WorkerLayoutRunner['running']>, settle: () => void): void {
        if (this.running !== running) return; // stopped: its worker is gone and its caller was told
        clearTimeout(running.stopTimer);
        this.running = undefined;
        if (running.wanted) settle();
        this.next();
    }

    /** A superseded layout that runs too long: its worker is stopped and the waiting request starts a fresh one. */
    private stop(): void {
        this.elk?.terminateWorker();
        this.elk = undefined;
        this.running = undefined;
        this.next();
    }

    private next(): void {
        const waiting = this.waiting;
        this.waiting = undefined;
        if (waiting) this.start(waiting);
    }
}
