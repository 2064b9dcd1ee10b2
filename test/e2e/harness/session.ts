/** One code-server for the whole e2e run: started by the global setup when vitest is configured with it, else here. */
import { afterAll, afterEach, inject } from 'vitest';
import type { Workbench } from './workbench.js';
import { startCodeServer, type CodeServerInfo } from './code-server.js';

declare module 'vitest' {
    export interface ProvidedContext {
        codeServer: CodeServerInfo;
    }
}

let own: Promise<{ info: CodeServerInfo; stop: () => Promise<void> }> | undefined;

export async function codeServer(): Promise<CodeServerInfo> {
    const provided = inject('codeServer');
    if (provided) return provided;
    own ??= startCodeServer();
    return (await own).info;
}

/** Stops code-server if this file started it (without the global setup). */
export async function stopOwnCodeServer(): Promise<void> {
    if (own) await (await own).stop();
    own = undefined;
}

/** The hooks every e2e file needs: a screenshot of a failed test, then the window and (if own) code-server closed. */
export function closeWorkbenchAfterAll(workbench: () => Workbench | undefined): void {
    afterEach(async ({ task }) => {
        if (task.result?.state === 'fail') await workbench()?.shot(`FAILED-${task.name.slice(0, 40).replace(/\W+/g, '-')}`);
    });
    afterAll(async () => {
        await workbench()?.close();
        await stopOwnCodeServer();
    });
}
