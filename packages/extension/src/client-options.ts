/** What the desktop client (Node) and the web client (web worker) share: file events, settings, visible restarts. */
import * as vscode from 'vscode';
import {
    CloseAction, ErrorAction, type CloseHandlerResult, type ErrorHandler, type ErrorHandlerResult, type LanguageClientOptions,
} from 'vscode-languageclient';

/** Restarts allowed in a row before giving up: a server that crashes on startup must not loop forever. */
const MAX_RESTARTS = 4;
const RESTART_WINDOW_MS = 3 * 60_000;

/** What the Node and the web worker client share. */
export function commonOptions(output: vscode.LogOutputChannel): Pick<LanguageClientOptions, 'synchronize' | 'outputChannel' | 'errorHandler'> {
    return {
        // The server reads rule severities from `toc.rules` (on top of toc.config.json).
        synchronize: {
            configurationSection: 'toc.rules',
            fileEvents: vscode.workspace.createFileSystemWatcher('**/{*.toc,toc.config.json}'),
        },
        outputChannel: output,
        errorHandler: new VisibleRestarts(output),
    };
}

/** Tells the user when the checks stop and come back, instead of restarting silently. */
export class VisibleRestarts implements ErrorHandler {
    private restarts: number[] = [];

    constructor(private readonly output: vscode.LogOutputChannel) {}

    error(error: Error, _message: unknown, count: number | undefined): ErrorHandlerResult {
        this.output.error(`Connection to the language server: ${error.message}`);
        return (count ?? 1) <= 3 ? { action: ErrorAction.Continue, handled: true } : { action: ErrorAction.Shutdown };
    }

    closed(): CloseHandlerResult {
        const now = Date.now();
        this.restarts = this.restarts.filter(t => now - t < RESTART_WINDOW_MS);
        this.restarts.push(now);
        const showOutput = vscode.l10n.t('Show Output');
        if (this.restarts.length <= MAX_RESTARTS) {
            const text = vscode.l10n.t('The checks for theory-of-change files stopped unexpectedly. They are starting again.');
            this.output.warn(text);
            void vscode.window.showWarningMessage(text, showOutput).then(choice => {
                if (choice === showOutput) this.output.show(true);
            });
            return { action: CloseAction.Restart, handled: true };
        }
        const text = vscode.l10n.t('The checks for theory-of-change files stopped {0} times in a few minutes and were not started again.', this.restarts.length);
        const restart = vscode.l10n.t('Restart');
        this.output.error(text);
        void vscode.window.showErrorMessage(text, restart, showOutput).then(choice => {
            if (choice === restart) void vscode.commands.executeCommand('toc.restartServer');
            if (choice === showOutput) this.output.show(true);
        });
        this.restarts = [];
        return { action: CloseAction.DoNotRestart, handled: true };
    }
}
