/**
 * "Import Measurements…": a filled-in follow-up workbook or a table of measurements becomes `meting`
 * lines in the .toc files. The language server reads the table and plans the lines (the same code as
 * `toc import`, through `toc/importMeasurements`); this side only picks the file, shows the lines in
 * VS Code's refactoring preview and applies them as one edit, which one undo takes back.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { IMPORT_MEASUREMENTS_METHOD, type ImportMeasurementsAnswer, type ImportMeasurementsRequest } from '../protocol.js';

export async function importMeasurements(client: LanguageClient, started: Promise<void>, table?: vscode.Uri): Promise<boolean> {
    table ??= (await vscode.window.showOpenDialog({
        title: vscode.l10n.t('Import Measurements'),
        openLabel: vscode.l10n.t('Import'),
        canSelectMany: false,
        defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
        filters: { [vscode.l10n.t('Workbook or table')]: ['xlsx', 'csv'] },
    }))?.[0];
    if (!table) return false;
    await started;
    const active = vscode.window.activeTextEditor?.document;
    const request: ImportMeasurementsRequest = { table: table.toString(), uri: active?.languageId === 'toc' ? active.uri.toString() : undefined };
    const answer = await client.sendRequest<ImportMeasurementsAnswer | null>(IMPORT_MEASUREMENTS_METHOD, request);
    if (!answer) return false;
    if (answer.problems.length > 0) {
        // Modal: every row that is not valid, with its row, column and reason, where it can be read in full.
        await vscode.window.showErrorMessage(answer.message, { modal: true, detail: answer.problems.join('\n') });
        return false;
    }
    if (answer.files.length === 0) {
        void vscode.window.showInformationMessage(answer.message);
        return false;
    }
    const edit = new vscode.WorkspaceEdit();
    // needsConfirmation: VS Code shows the refactoring preview, where each new line can be seen (and left out) first.
    const metadata: vscode.WorkspaceEditEntryMetadata = { needsConfirmation: true, label: answer.label };
    for (const file of answer.files) {
        const uri = vscode.Uri.parse(file.uri);
        for (const e of file.edits) edit.replace(uri, client.protocol2CodeConverter.asRange(e.range), e.newText, metadata);
    }
    const applied = await vscode.workspace.applyEdit(edit, { isRefactoring: true });
    if (applied) void vscode.window.showInformationMessage(answer.message);
    return applied;
}
