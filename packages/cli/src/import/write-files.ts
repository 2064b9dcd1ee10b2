/**
 * Writes several files so that none is ever left half-written: each new text goes to a temporary file
 * beside its target first; only when every one of them is written are they renamed over the targets
 * (a rename within a folder replaces a file in one step). If any temporary file cannot be written, the
 * temporary files are removed and no target is touched.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { reason } from '../output.js';
import { UsageError } from '../usage.js';

export function writeFilesAtomically(files: ReadonlyMap<string, string>): void {
    const temps: [string, string][] = [];
    try {
        for (const [target, text] of files) {
            const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
            temps.push([temp, target]);
            const mode = fs.statSync(target).mode;
            fs.writeFileSync(temp, text, { encoding: 'utf8', mode });
        }
    } catch (e) {
        for (const [temp] of temps) fs.rmSync(temp, { force: true });
        throw new UsageError(`${temps[temps.length - 1]?.[1] ?? 'file'}: cannot write (${reason(e)}); no file was changed`);
    }
    for (const [temp, target] of temps) fs.renameSync(temp, target);
}
