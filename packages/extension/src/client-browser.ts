/**
 * The language client of VS Code for the Web: the server's browser build (dist/server-browser.js) in a Web
 * Worker. That server has no disk: it asks for the files it imports and for toc.config.json with
 * `toc/readFile`, answered here from workspace.fs (whatever the workspace is: vscode-vfs, a remote, memfs).
 */
import * as vscode from 'vscode';
import { BrowserMessageReader, BrowserMessageWriter, LanguageClient, type LanguageClientOptions } from 'vscode-languageclient/browser';
import { commonOptions } from './client-options.js';
import { READ_FILE_METHOD, type ReadFileParams, type ReadFileResult } from './protocol.js';

/** The web worker extension host has these; this package is typed without the DOM libraries. */
declare const Worker: new (url: string, options?: { name?: string }) => object;
declare const Blob: new (parts: Uint8Array[], options: { type: string }) => object;
declare const URL: { createObjectURL(blob: object): string };

export function createBrowserClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): LanguageClient {
    const clientOptions: LanguageClientOptions = {
        // Any scheme: a web workspace's files are rarely `file:` (vscode-vfs, vscode-remote, vscode-test-web).
        documentSelector: [{ language: 'toc' }],
        ...commonOptions(output),
    };
    const serverMain = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server-browser.js');
    // A new worker at each (re)start: a stopped client has terminated its worker. Started from a Blob of the
    // script, not its URI: an extension installed on a remote (code-server, Codespaces) has a vscode-remote:
    // URI, from which VS Code's web worker host refuses to start a worker; workspace.fs reads it anywhere.
    const server = async () => {
        // Not revoked: VS Code's Worker wrapper loads it (importScripts) later, inside the new worker.
        const url = URL.createObjectURL(new Blob([await vscode.workspace.fs.readFile(serverMain)], { type: 'text/javascript' }));
        const worker = new Worker(url, { name: 'toc-language-server' });
        // Transports, not the worker itself: the client tells them apart by `instanceof Worker`, which fails
        // for the worker host's own Worker function ("couldn't create connection ... reading 'onClose'").
        type Port = ConstructorParameters<typeof BrowserMessageReader>[0];
        return { reader: new BrowserMessageReader(worker as Port), writer: new BrowserMessageWriter(worker as Port) };
    };
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
