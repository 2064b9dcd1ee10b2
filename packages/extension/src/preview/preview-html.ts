/** The preview's HTML: the preview package's shell and policy, with a fresh nonce per panel. */
import * as vscode from 'vscode';
import { previewHtml as pageHtml } from 'toc-preview/page.mjs';

/** Web Crypto: the same in VS Code's Node extension host and in its web worker one. */
export function newNonce(): string {
    return Array.from(crypto.getRandomValues(new Uint8Array(18)), b => b.toString(16).padStart(2, '0')).join('');
}

export interface PreviewPage {
    webview: vscode.Webview;
    root: vscode.Uri;          // dist/preview
    nonce: string;
    lang: string;              // 'nl' or 'en': the editor's display language
    bundlePresent: boolean;
}

/** The preview package's shell (the one the browser tests load), with this panel's URIs and words. */
export function previewHtml({ webview, root, nonce, lang, bundlePresent }: PreviewPage): string {
    return pageHtml({
        cspSource: webview.cspSource, nonce, lang,
        scriptUri: bundlePresent ? webview.asWebviewUri(vscode.Uri.joinPath(root, 'preview.js')).toString() : undefined,
        styleUri: webview.asWebviewUri(vscode.Uri.joinPath(root, 'preview.css')).toString(),
        title: vscode.l10n.t('Theory of Change diagram'),
        // Without the bundle (a build that skipped the preview) say so in the panel instead of showing nothing.
        unavailable: vscode.l10n.t('The diagram is not available in this build of the extension.'),
    });
}
