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
    refuseProtected(out);
    writeFileAtomically(out, data);
}

/**
 * Writes through a temporary file next to the target and a rename: a crash, a full disk or Ctrl+C
 * leaves the old file or the new one, never half of either.
 */
export function writeFileAtomically(file: string, data: string | Uint8Array, shown = file): void {
    const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
    try {
        fs.writeFileSync(tmp, data);
        fs.renameSync(tmp, file);
    } catch (e) {
        try { fs.rmSync(tmp, { force: true }); } catch { /* nothing was written, or it is gone */ }
        throw new UsageError(`${shown}: cannot write the file (${reason(e)})`);
    }
}

/**
 * A plan, a picture or an export never lands on a theory or a team's settings: `-o plan.toc` would
 * replace the plan itself, `-o doelen.toc` a file that others import. Checked before any work is done.
 */
export function refuseProtected(out: string | undefined): void {
    if (out === undefined || out === '-') return;
    const names = [out];
    try {
        names.push(fs.realpathSync(out)); // a link named plan.html may point at a .toc
    } catch { /* does not exist yet */ }
    for (const name of names) {
        const base = path.basename(name).toLowerCase();
        if (base.endsWith('.toc') || base === 'toc.config.json') {
            throw new UsageError(`${out}: will not write over a ${base.endsWith('.toc') ? '.toc' : 'toc.config.json'} file; choose another output name`);
        }
    }
}

/**
 * The format a command should produce: --format wins, else the extension of -o, else the default.
 * An extension that names none of the command's formats is refused: `-o plan.pdf` must not get Markdown.
 */
export function pickFormat<F extends string>(flag: string | undefined, out: string | undefined, allowed: readonly F[], fallback: F): F {
    refuseProtected(out);
    if (flag !== undefined && !(allowed as readonly string[]).includes(flag)) throw new UsageError(`--format takes ${orList(allowed)}, not "${flag}"`);
    const fromExt = formatOfExtension(out, allowed);
    return (flag as F | undefined) ?? fromExt ?? fallback;
}

const ALIASES: Record<string, string> = { htm: 'html', markdown: 'md', mermaid: 'mmd', gv: 'dot' };

/** The format an output file's extension names, undefined without an extension; an unknown one is a usage error. */
export function formatOfExtension<F extends string>(out: string | undefined, allowed: readonly F[]): F | undefined {
    if (out === undefined || out === '-') return undefined;
    const ext = path.extname(out).slice(1).toLowerCase();
    if (ext === '') return undefined;
    const format = ALIASES[ext] ?? ext;
    if (!(allowed as readonly string[]).includes(format)) {
        throw new UsageError(`${out}: .${ext} is not a format this command writes; use ${orList(allowed.map(f => `.${f}`))}`);
    }
    return format as F;
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
        default: return code ?? (e instanceof Error ? e.message.split('\n', 1)[0] ?? '' : String(e));
    }
}

/** Progress goes to stderr, and only when a person watches it: never into a pipe or a log. */
export function progress(text: string): void {
    if (process.stderr.isTTY) process.stderr.write(`\r${text}\x1b[K`);
}

export function progressDone(): void {
    if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
}
