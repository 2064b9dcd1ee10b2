/** Entry point: the language client, the diagram preview and the commands. Activated by opening a .toc file. */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { createClient } from './client.js';
import { importMeasurements } from './commands/import-measurements.js';
import { newTheory } from './commands/new-theory.js';
import { MODEL_METHOD, type ModelNotification } from './protocol.js';
import { PreviewManager } from './preview/preview-manager.js';

let client: LanguageClient | undefined;

export function activate(context: vscode.ExtensionContext): void {
    const began = Date.now();
    const output = vscode.window.createOutputChannel(vscode.l10n.t('Theory of Change'), { log: true });
    client = createClient(context, output);
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
        vscode.commands.registerCommand('toc.importMeasurements', (table?: vscode.Uri) => importMeasurements(client!, started, table)),
        vscode.commands.registerCommand('toc.restartServer', async () => {
            output.info('Restarting the language server on request.');
            await client?.restart();
        }),
    );
    output.info(`Activated in ${Date.now() - began} ms.`);
}

export async function deactivate(): Promise<void> {
    await client?.stop();
    client = undefined;
}
