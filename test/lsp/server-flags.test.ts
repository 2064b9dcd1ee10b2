/** The Node options the server runs with (packages/language/src/server-flags.ts): valid, and told to users of other editors. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SERVER_NODE_FLAGS } from '../../packages/language/src/server-flags.js';
import { fileUri, LspClient, REPO_ROOT } from './lsp-client.js';

describe('server Node options', () => {
    it('start a server that checks a document (every other LSP test runs with them too)', async () => {
        const client = await LspClient.start({ nodeArgs: SERVER_NODE_FLAGS });
        try {
            const uri = fileUri(path.join(REPO_ROOT, 'test-results/flags.toc'));
            const diagnostics = await client.openAndWait(uri, 'actie Los "Een actie die nergens aan bijdraagt."\n');
            expect(diagnostics.map(d => d.code)).toContain('action-without-target');
        } finally {
            await client.stop();
        }
    });

    it('are the ones docs/editor.md gives for other editors', () => {
        const docs = fs.readFileSync(path.join(REPO_ROOT, 'docs/editor.md'), 'utf8');
        for (const flag of SERVER_NODE_FLAGS) expect(docs).toContain(`'${flag}'`);
    });
});
