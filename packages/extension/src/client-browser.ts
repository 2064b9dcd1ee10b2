/**
 * The language client of VS Code for the Web: the server's browser build (dist/server-browser.js) in a Web
 * Worker. That server has no disk: it asks for the files it imports and for toc.config.json with
 * `toc/readFile`, answered here from workspace.fs (whatever the workspace is: vscode-vfs, a remote, memfs).
 */
import * as vscode from 'vscode';
import { LanguageClient, type LanguageClientOptions } from 'vscode-languageclient/browser';
import { commonOptions } from './client-options.js';
import { READ_FILE_METHOD, type ReadFileParams, type ReadFileResult } from './protocol.js';

/** The web worker extension host has Worker; this package is typed without the DOM libraries. */
declare const Worker: new (url: string, options?: { name?: string }) => object;

export function createBrowserClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): LanguageClient {
    const clientOptions: LanguageClientOptions = {
        // Any scheme: a web workspace's files are rarely `file:` (vscode-vfs, vscode-remote, vscode-test-web).
        documentSelector: [{ language: 'toc' }],
        ...commonOptions(output),
    };
    const serverMain = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server-browser.js');
    // A new worker at each (re)start: a stopped client has terminated its worker.
    const server = async () => new Worker(serverMain.toString(true), { name: 'toc-language-server' });
    const client = new LanguageClient('toc', vscode.l10n.t('Theory of Change'), server, clientOptions);
    client.onRequest(READ_FILE_METHOD, async ({ uri }: ReadFileParams): Promise<ReadFileResult> => {
        try {
            const parsed = vscode.Uri.parse(uri);
            // An open editor's text wins over the saved file, as on the desktop the server's own documents do.
            const open = vscode.workspace.textDocuments.find(d => d.uri.toString() === parsed.toString());
            return { text: open ? open.getText() : new TextDecoder().decode(await vscode.workspace.fs.readFile(parsed)) };
        } catch {
            return null;
        }
    });
    return client;
}
