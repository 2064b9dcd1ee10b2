/**
 * What both entries do on activation (extension.ts on the desktop, browser.ts in VS Code for the Web): start
 * the language client they make, the diagram preview and the commands. Activated by opening a .toc file.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { importMeasurements } from './commands/import-measurements.js';
import { newTheory } from './commands/new-theory.js';
import { MODEL_METHOD, type ModelNotification } from './protocol.js';
import { PreviewManager } from './preview/preview-manager.js';

export type ClientFactory = (context: vscode.ExtensionContext, output: vscode.LogOutputChannel) => BaseLanguageClient;

/** Where the extension runs: VS Code on the desktop (or a remote's Node host), or in a browser's web worker host. */
export type Host = 'node' | 'browser';

let running: BaseLanguageClient | undefined;

/** Starts everything with the client the entry makes. */
export function activateWith(context: vscode.ExtensionContext, createClient: ClientFactory, host: Host): void {
    const began = Date.now();
    const output = vscode.window.createOutputChannel(vscode.l10n.t('Theory of Change'), { log: true });
    const client = createClient(context, output);
    running = client;
    const started = client.start().then(() => {
        output.info(`Language server ready ${Date.now() - began} ms after activation.`);
    }, err => {
        output.error(`The language server did not start: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
        void vscode.window.showErrorMessage(vscode.l10n.t('The checks for theory-of-change files could not start. Details are in the output "Theory of Change".'));
        throw err;
    });
    started.catch(() => undefined); // reported above; the preview waits on `started` itself
    const preview = new PreviewManager(context, client, started, output);
    client.onNotification(MODEL_METHOD, (n: ModelNotification) => preview.onModel(n));

    context.subscriptions.push(
        output,
        preview,
        vscode.commands.registerCommand('toc.openPreviewToSide', (uri?: vscode.Uri) => preview.open(true, uri)),
        vscode.commands.registerCommand('toc.openPreview', (uri?: vscode.Uri) => preview.open(false, uri)),
        vscode.commands.registerCommand('toc.exportSvg', () => preview.export('svg')),
        vscode.commands.registerCommand('toc.exportPng', () => preview.export('png')),
        vscode.commands.registerCommand('toc.newTheory', () => newTheory()),
        vscode.commands.registerCommand('toc.importMeasurements', (table?: vscode.Uri) => host === 'node'
            ? importMeasurements(client, started, table) : importNeedsDesktop()),
        vscode.commands.registerCommand('toc.restartServer', async () => {
            output.info('Restarting the language server on request.');
            // stop and start: the web client has no restart(); a stopped worker is replaced by a new one.
            await client.stop();
            await client.start();
        }),
    );
    // The browser's server has no workbook reader: the manifest hides Import Measurements… on this key.
    if (host === 'browser') void vscode.commands.executeCommand('setContext', 'toc.inBrowser', true);
    output.info(`Activated in ${Date.now() - began} ms.`);
}

/** Import Measurements… run in the browser anyway (from a keybinding, or before activation hid it). */
function importNeedsDesktop(): false {
    void vscode.window.showInformationMessage(vscode.l10n.t('Import Measurements works in VS Code on your computer, not yet in VS Code in the browser. On the command line: toc import.'));
    return false;
}

export async function deactivate(): Promise<void> {
    await running?.stop();
    running = undefined;
}
