/** Saves a picture the preview produced: asks where, next to the .toc file by default. */
import * as vscode from 'vscode';
import type { ExportFormat } from '../protocol.js';

/** The preview sends SVG as text and PNG as base64, either bare or as a data: URL. */
export function decodeExport(format: ExportFormat, data: string): Uint8Array {
    const dataUrl = /^data:([^;,]*)(;base64)?,(.*)$/s.exec(data);
    if (dataUrl) {
        const [, , base64, payload = ''] = dataUrl; // group 3 `(.*)` always takes part in a match
        return base64 ? fromBase64(payload) : new TextEncoder().encode(decodeURIComponent(payload));
    }
    return format === 'png' ? fromBase64(data) : new TextEncoder().encode(data);
}

/** atob, not Buffer: the web worker extension host has no Node. */
function fromBase64(base64: string): Uint8Array {
    return Uint8Array.from(atob(base64), c => c.charCodeAt(0));
}

export async function saveExport(document: vscode.Uri, format: ExportFormat, data: string): Promise<void> {
    const base = document.path.split('/').pop()?.replace(/\.toc$/i, '') || 'theory';
    const folder = document.scheme === 'file'
        ? vscode.Uri.joinPath(document, '..')
        : vscode.workspace.workspaceFolders?.[0]?.uri;
    const defaultUri = folder ? vscode.Uri.joinPath(folder, `${base}.${format}`) : undefined;
    const filters = format === 'svg' ? { [vscode.l10n.t('SVG image')]: ['svg'] } : { [vscode.l10n.t('PNG image')]: ['png'] };
    const target = await vscode.window.showSaveDialog({ defaultUri, filters, title: vscode.l10n.t('Save the diagram') });
    if (!target) return;
    await vscode.workspace.fs.writeFile(target, decodeExport(format, data));
    const open = vscode.l10n.t('Open');
    const choice = await vscode.window.showInformationMessage(vscode.l10n.t('Diagram saved as {0}.', target.path.split('/').pop() ?? ''), open);
    if (choice === open) await vscode.commands.executeCommand('vscode.open', target);
}
