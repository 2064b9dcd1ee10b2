/**
 * "New Theory of Change" (command palette, File > New File…, the walkthrough): asks the language, offering
 * the workspace's first, and opens a new, filled-in theory (the same text as `toc init`).
 */
import * as vscode from 'vscode';
import { newTheoryText } from 'toc-language/new-theory';

type Lang = 'nl' | 'en';

export async function newTheory(): Promise<vscode.TextEditor | undefined> {
    const items: Array<vscode.QuickPickItem & { lang: Lang }> = [
        { lang: 'nl', label: 'Nederlands', description: 'uitdaging, doel, tussendoel, actie, resultaat' },
        { lang: 'en', label: 'English', description: 'challenge, goal, subgoal, action, result' },
    ];
    if ((await workspaceLanguage()) === 'en') items.reverse();
    const pick = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('New Theory of Change'), placeHolder: vscode.l10n.t('In which language do you write the theory?') });
    if (!pick) return undefined;
    const document = await vscode.workspace.openTextDocument({ language: 'toc', content: newTheoryText(pick.lang) });
    return vscode.window.showTextDocument(document);
}

/** The language the workspace's theories are written in (their keywords), else VS Code's display language. */
async function workspaceLanguage(): Promise<Lang> {
    let nl = 0, en = 0;
    for (const uri of await vscode.workspace.findFiles('**/*.toc', '**/node_modules/**', 20)) {
        const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
        nl += text.match(/^\s*(uitdaging|doel|tussendoel|actie|resultaat)\b/gm)?.length ?? 0;
        en += text.match(/^\s*(challenge|goal|subgoal|action|result)\b/gm)?.length ?? 0;
    }
    if (nl !== en) return nl > en ? 'nl' : 'en';
    return vscode.env.language.startsWith('nl') ? 'nl' : 'en';
}
