/** The language client of desktop VS Code: starts the bundled server (dist/server.cjs) in a Node process. */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { SERVER_NODE_FLAGS } from 'toc-language/server-flags';
import { commonOptions } from './client-options.js';

export function createClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): LanguageClient {
    const module = context.asAbsolutePath('dist/server.cjs');
    const serverOptions: ServerOptions = {
        run: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_FLAGS] } },
        debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_FLAGS, '--nolazy', '--inspect=6009'] } },
    };
    const clientOptions: LanguageClientOptions = {
        // Saved files and untitled buffers alike; every folder of a multi-root workspace.
        documentSelector: [
            { scheme: 'file', language: 'toc' },
            { scheme: 'untitled', language: 'toc' },
            { scheme: 'vscode-vfs', language: 'toc' },
        ],
        ...commonOptions(output),
    };
    return new LanguageClient('toc', vscode.l10n.t('Theory of Change'), serverOptions, clientOptions);
}
