/** Runs the real `toc` command as a separate process, the way a user or CI would. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../..');
export const TOC_BIN = path.join(ROOT, 'packages/cli/bin/toc.cjs');

export interface TocRun {
    code: number;
    stdout: string;
    stderr: string;
}

export function runToc(args: string[], options: { cwd?: string; input?: string; env?: Record<string, string> } = {}): TocRun {
    const r = spawnSync(process.execPath, [TOC_BIN, ...args], {
        cwd: options.cwd ?? ROOT,
        input: options.input,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', ...options.env },
        timeout: 120_000,
        maxBuffer: 64 * 1024 * 1024,
    });
    return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
