/**
 * The command line's side of reading a table of measurements: the bytes from disk; the reading itself
 * is the language's (follow-up/read-table.ts), shared with the editor's "Import measurements…".
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { isMeasurementTable, readMeasurementTable, TableError, tableProblemMessage, type ImportRow } from 'toc-language';
import { UsageError } from '../usage.js';

export async function readMeasurementRows(file: string): Promise<ImportRow[]> {
    try {
        if (!isMeasurementTable(file)) throw new TableError({ kind: 'not-a-table', file });
        let bytes: Uint8Array;
        try {
            bytes = fs.readFileSync(file);
        } catch {
            throw new TableError({ kind: 'unreadable', file });
        }
        return await readMeasurementTable(pathToFileURL(path.resolve(file)).href, bytes, path.basename(file));
    } catch (e) {
        // Before any theory is read there is no language to speak but the command line's own.
        if (e instanceof TableError) throw new UsageError(tableProblemMessage('en', { ...e.problem, file }));
        throw e;
    }
}
