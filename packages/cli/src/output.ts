/** Where a command's result goes: the file of `-o`, or standard output. One-line errors for both. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { UsageError } from './usage.js';

/** Writes text or bytes to `out`, or to stdout when `out` is undefined or "-". */
export function writeOutput(out: string | undefined, data: string | Uint8Array): void {
    if (out === undefined || out === '-') {
        process.stdout.write(data);
        return;
    }
    try {
        fs.writeFileSync(out, data);
    } catch (e) {
        throw new UsageError(`${out}: cannot write the file (${reason(e)})`);
    }
}

/** The format a command should produce: --format wins, else the extension of -o, else the default. */
export function pickFormat<F extends string>(flag: string | undefined, out: string | undefined, allowed: readonly F[], fallback: F): F {
    if (flag !== undefined) {
        if (!(allowed as readonly string[]).includes(flag)) throw new UsageError(`--format takes ${orList(allowed)}, not "${flag}"`);
        return flag as F;
    }
    const ext = out ? path.extname(out).slice(1).toLowerCase() : '';
    const fromExt = ext === 'htm' ? 'html' : ext === 'markdown' ? 'md' : ext;
    return (allowed as readonly string[]).includes(fromExt) ? fromExt as F : fallback;
}

export function orList(items: readonly string[]): string {
    return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

export function reason(e: unknown): string {
    const code = (e as { code?: string }).code;
    switch (code) {
        case 'ENOENT': return 'the folder does not exist';
        case 'EACCES': case 'EPERM': return 'permission denied';
        case 'EISDIR': return 'it is a folder';
        case 'EROFS': return 'read-only file system';
        default: return code ?? (e instanceof Error ? e.message.split('\n')[0] : String(e));
    }
}

/** Progress goes to stderr, and only when a person watches it: never into a pipe or a log. */
export function progress(text: string): void {
    if (process.stderr.isTTY) process.stderr.write(`\r${text}\x1b[K`);
}

export function progressDone(): void {
    if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
}
