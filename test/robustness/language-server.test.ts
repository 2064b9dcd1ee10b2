/**
 * The real language server over stdio (test/lsp/lsp-client.ts): a 50,000-line file being checked does
 * not stop a small file's diagnostics from arriving, and hostile input does not kill the server.
 * No timing thresholds: each step must simply complete, and the server must still answer afterwards.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fileUri, LspClient } from '../lsp/lsp-client.js';
import { bigTheory, deepTheory } from './large-inputs.js';

let client: LspClient | undefined;
afterEach(async () => {
    await client?.stop();
    client = undefined;
});

async function start(): Promise<{ client: LspClient; dir: string }> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'toc-lsp-robust-'));
    client = await LspClient.start({ rootUri: fileUri(dir), timeoutMs: 240_000 });
    return { client, dir };
}

describe('language server under load and hostile input', () => {
    it('a small file gets its diagnostics while a 50,000-line file is being checked; the server survives', async () => {
        const { client, dir } = await start();
        const big = fileUri(path.join(dir, 'groot.toc'));
        const small = fileUri(path.join(dir, 'klein.toc'));
        const bigDone = client.waitForDiagnostics(big);
        client.open(big, bigTheory(50_000));
        await client.openAndWait(small, 'doel Klein "Een klein doel."\n');
        // Typing in the small file: the diagnostics for the new text arrive (the unknown name is reported).
        const after = await client.change(small, 'doel Klein -> Onbekend "Een klein doel."\n');
        expect(after.some(d => d.code === 'unresolved-reference')).toBe(true);
        const bigDiagnostics = await bigDone;
        expect(bigDiagnostics.filter(d => d.code === 'syntax-error')).toEqual([]);
        const hover = await client.hover(small, { line: 0, character: 6 });
        expect(hover).toBeTruthy();
    }, 300_000);

    it('NUL, lone surrogates, bidi overrides and a BOM in an open document: diagnostics, and the server keeps answering', async () => {
        const { client, dir } = await start();
        const uri = fileUri(path.join(dir, 'raar.toc'));
        const text = '\uFEFFdoel A\u0000 -> \uD800 "\u202Etekst" {\r\n actie B KT\u2028 -> A 😀\n';
        const diagnostics = await client.openAndWait(uri, text);
        expect(diagnostics.length).toBeGreaterThan(0);
        const next = await client.change(uri, 'uitdaging U "Een uitdaging."\n');
        expect(next.some(d => d.code === 'syntax-error')).toBe(false);
    }, 120_000);

    // Was: a lone surrogate in an import path stopped all diagnostics until a restart.
    it('an import path with a lone surrogate does not stop diagnostics for other documents', async () => {
        const { client, dir } = await start();
        client.open(fileUri(path.join(dir, 'slecht.toc')), 'import "\uD800.toc"\ngoal Doel "Een doel."\n');
        const good = fileUri(path.join(dir, 'goed.toc'));
        const diagnostics = await Promise.race([
            client.openAndWait(good, 'doel Goed -> Onbekend "Goed."\n'),
            new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no diagnostics for goed.toc after 30 s')), 30_000)),
        ]);
        expect(diagnostics.some(d => d.code === 'unresolved-reference')).toBe(true);
    }, 120_000);

    // Was: deep nesting overflowed the parser and the file got no diagnostics.
    it('2,000 nested subgoals: a diagnostic, and the server keeps answering', async () => {
        const { client, dir } = await start();
        const uri = fileUri(path.join(dir, 'diep.toc'));
        const diagnostics = await Promise.race([
            client.openAndWait(uri, deepTheory(2_000)),
            new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no diagnostics for diep.toc after 60 s')), 60_000)),
        ]);
        expect(diagnostics.length).toBeGreaterThan(0);
    }, 120_000);
});
