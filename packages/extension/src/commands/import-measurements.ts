/**
 * "Import Measurements…": a filled-in follow-up workbook or a table of measurements becomes `meting`
 * lines in the .toc files. The language server reads the table and plans the lines (the same code as
 * `toc import`, through `toc/importMeasurements`); this side only picks the file, shows the lines in
 * VS Code's refactoring preview and applies them as one edit, which one undo takes back.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { IMPORT_MEASUREMENTS_METHOD, type ImportMeasurementsAnswer, type ImportMeasurementsRequest } from '../protocol.js';

export async function importMeasurements(client: BaseLanguageClient, started: Promise<void>, table?: vscode.Uri): Promise<boolean> {
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
    // VS Code starts such lines unticked, so the preview says what ticking does.
    const metadata: vscode.WorkspaceEditEntryMetadata = { needsConfirmation: true, label: answer.label, description: answer.tickToAdd };
    const files = answer.files.map(file => vscode.Uri.parse(file.uri));
    let planned = 0;
    answer.files.forEach((file, i) => {
        for (const e of file.edits) {
            edit.replace(files[i]!, client.protocol2CodeConverter.asRange(e.range), e.newText, metadata);
            planned += e.newText.split('\n').length - 1 - (e.range.end.line - e.range.start.line);
        }
    });
    const linesBefore = await lineCounts(files);
    await vscode.workspace.applyEdit(edit, { isRefactoring: true });
    // Say what was really added: Apply with a line left unticked adds less than was planned; with nothing ticked it
    // adds nothing and answers as Discard does, so count the lines instead of trusting that answer.
    const linesAfter = await lineCounts(files);
    const added = linesAfter.reduce((sum, n, i) => sum + n - linesBefore[i]!, 0);
    if (added >= planned) void vscode.window.showInformationMessage(answer.message);
    else if (added <= 0) void vscode.window.showWarningMessage(answer.nothingTicked);
    else void vscode.window.showWarningMessage(answer.partlyTicked.replace('{0}', String(added)));
    return added > 0;
}

/** The number of lines of each file, as the editor has it (a new line of a measurement adds one). */
async function lineCounts(files: vscode.Uri[]): Promise<number[]> {
    return Promise.all(files.map(async uri => (await vscode.workspace.openTextDocument(uri)).lineCount));
}
