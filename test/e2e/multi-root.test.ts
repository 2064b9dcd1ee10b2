/**
 * A multi-root workspace (two folders of theories): both folders are checked, and the editor reports for each file
 * exactly what `toc check` reports for its folder on the command line (the same checks, the same severities).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './harness/code-server.js';
import { closeWorkbenchAfterAll, codeServer } from './harness/session.js';
import { eventually, Workbench } from './harness/workbench.js';

let wb: Workbench;
let root: string;

beforeAll(async () => {
    const info = await codeServer();
    // Beside the main workspace, not in it: the other tests' Problems and Quick Open stay as they were.
    root = path.join(info.temp, 'multi-root');
    mkdirSync(root, { recursive: true });
    cpSync(path.join(repoRoot, 'examples/english'), path.join(root, 'english'), { recursive: true });
    cpSync(path.join(repoRoot, 'examples/imports'), path.join(root, 'imports'), { recursive: true });
    const file = path.join(root, 'two-folders.code-workspace');
    // Absolute folder paths: a window that follows other tests' windows did not always resolve relative ones.
    writeFileSync(file, JSON.stringify({ folders: [{ path: path.join(root, 'english') }, { path: path.join(root, 'imports') }] }, null, 2));
    wb = await Workbench.open(info, 'multi-root', `workspace=${encodeURIComponent(file)}`);
});

closeWorkbenchAfterAll(() => wb);

/** What `toc check FOLDER` reports for one file, as `rule@line` (hints are not listed in the Problems panel). */
function cliFindings(folder: string, fileName: string): string[] {
    let out: string;
    try {
        out = execFileSync(process.execPath, [path.join(repoRoot, 'packages/cli/bin/toc.cjs'), 'check', folder], { encoding: 'utf8' });
    } catch (err) {
        out = (err as { stdout: string }).stdout; // exits non-zero when it finds errors
    }
    return out.split('\n')
        .map(l => /^(.*?):(\d+):\d+\s+(error|warning|info)\s.*\[([a-z-]+)\]\s*$/.exec(l))
        .filter((m): m is RegExpExecArray => m !== null && path.basename(m[1]!) === fileName)
        .map(m => `${m[4]}@${m[2]}`)
        .sort();
}

/** The Problems panel's rows for the active file, as `rule@line`. */
async function editorFindings(fileName: string): Promise<string[]> {
    const rows = await wb.problems(fileName);
    return rows.map(r => /toc([a-z-]+)\[Ln (\d+),/.exec(r)).filter((m): m is RegExpExecArray => m !== null).map(m => `${m[1]}@${m[2]}`).sort();
}

describe('a multi-root workspace', () => {
    for (const [folder, file] of [['english', 'neighbourhood-care.toc'], ['imports', 'netwerk.toc']] as const) {
        it(`checks ${folder}/${file} as the command line does`, async () => {
            const expected = cliFindings(path.join(root, folder), file);
            expect(expected.length).toBeGreaterThan(0);
            await wb.openFile(file);
            await wb.problemsOfActiveFile();
            const found = await eventually(() => editorFindings(file), f => f.length === expected.length, 60_000);
            await wb.shot(folder);
            expect(found).toEqual(expected);
        });
    }
});
