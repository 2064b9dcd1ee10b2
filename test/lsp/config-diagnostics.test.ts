/**
 * What is wrong in a team's toc.config.json shows as warnings on that file, over a real LSP connection
 * (stdio): at start for the workspace's configs, again after the file changes on disk, and gone once fixed.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileUri, LspClient, type Diagnostic } from './lsp-client.js';

const THEORY = 'uitdaging A "a"\n\ndoel B -> A "b"\n\nactie C -> B "c" {\n    resultaat "r" {\n        norm >= 5%\n        indicator "i"\n    }\n}\n';
const BAD = '{\n  "rules": {\n    "missing-descripton": "off",\n    "action-without-horizon": "error",\n    "norm-met": "warn"\n  }\n}\n';

let work: string;
let client: LspClient;
let configFile: string;
let configUri: string;
let theoryUri: string;

/** The diagnostics published for a URI that satisfy `accept`; `past`: including ones that came before we asked. */
async function diagnosticsOf(uri: string, accept: (d: Diagnostic[]) => boolean, past = false): Promise<Diagnostic[]> {
    const p = await client.waitFor<{ uri: string; diagnostics: Diagnostic[] }>('textDocument/publishDiagnostics', x => x.uri === uri && accept(x.diagnostics), past);
    return p.diagnostics;
}

/**
 * Writes the whole file at once (a new file renamed over the old), so that a server still busy with the
 * previous change never reads it half-written: a truncated, empty config is a real problem it would report.
 */
function save(file: string, text: string): void {
    fs.writeFileSync(file + '.tmp', text);
    fs.renameSync(file + '.tmp', file);
}

function changed(file: string, type: 1 | 2 | 3): void {
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(file), type }] });
}

beforeAll(async () => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'toc-lsp-config-'));
    fs.writeFileSync(path.join(work, 'team.toc'), THEORY);
    configFile = path.join(work, 'toc.config.json');
    fs.writeFileSync(configFile, BAD);
    configUri = fileUri(configFile);
    theoryUri = fileUri(path.join(work, 'team.toc'));
    client = await LspClient.start({ rootUri: fileUri(work) });
});

afterAll(async () => {
    await client?.stop();
    fs.rmSync(work, { recursive: true, force: true });
});

describe('problems in toc.config.json', () => {
    it('are published on the config file at start, before any document is opened', async () => {
        const ds = await diagnosticsOf(configUri, d => d.length > 0, true);
        expect(ds).toHaveLength(2);
        expect(ds.every(d => d.severity === 2 && d.source === 'toc' && d.code === 'config')).toBe(true);
        const [unknown, severity] = ds;
        // On the misspelt name, with the name meant; in Dutch, as the team's theory is written.
        expect(unknown!.range).toEqual({ start: { line: 2, character: 4 }, end: { line: 2, character: 24 } });
        expect(unknown!.message).toMatch(/Er bestaat geen controle "missing-descripton".*Bedoel je "missing-description"\?/);
        expect(severity!.range).toEqual({ start: { line: 4, character: 16 }, end: { line: 4, character: 22 } });
        expect(severity!.message).toMatch(/niet "warn".*Bedoel je "warning"\?/);
    });

    it('leave the rest of the file in force', async () => {
        const ds = await client.openAndWait(theoryUri, THEORY);
        expect(ds.find(d => d.code === 'action-without-horizon')?.severity).toBe(1);
    });

    it('are cleared when the file is fixed and the editor says it changed', async () => {
        save(configFile, '{ "rules": { "missing-description": "off", "action-without-horizon": "error" } }\n');
        const cleared = diagnosticsOf(configUri, d => d.length === 0);
        changed(configFile, 2);
        expect(await cleared).toEqual([]);
    });

    it('report text that is not JSON where reading stops, in the language the file asks for, and the server goes on', async () => {
        save(configFile, '{\n  "language": "en",\n  "rules": { "norm-met": "off", }\n}\n');
        const next = diagnosticsOf(configUri, d => d.length > 0);
        const theoryNext = client.waitForDiagnostics(theoryUri, x => x.find(y => y.code === 'action-without-horizon')?.severity === 2);
        changed(configFile, 2);
        const [d] = await next;
        expect(d!.range.start).toEqual({ line: 2, character: 32 });
        // Not JSON: the whole file is ignored, so its "language" is not known; the theory is Dutch.
        expect(d!.message).toMatch(/geen geldige JSON: `}` hoort hier niet\. Haal de komma ervoor weg/);
        // The whole file is ignored: back to the default severity.
        await theoryNext;
        // Still answering.
        const hover = await client.hover(theoryUri, { line: 4, character: 7 });
        expect(hover).not.toBeNull();

        save(configFile, '{ "language": "en", "rules": { "norm-mett": "off" } }\n');
        const english = diagnosticsOf(configUri, x => x.length > 0 && /There is no rule "norm-mett"/.test(x[0]!.message));
        changed(configFile, 2);
        expect((await english)[0]!.message).toMatch(/Did you mean "norm-met"\?/);
    });

    it('are cleared when the file is deleted', async () => {
        fs.rmSync(configFile);
        const cleared = diagnosticsOf(configUri, d => d.length === 0);
        changed(configFile, 3);
        expect(await cleared).toEqual([]);
        expect(client.stderr).not.toMatch(/could not report/);
    });
});
