/** The preview's HTML: a strict Content Security Policy, a fresh nonce per panel, the bundled preview script and style. */
import * as vscode from 'vscode';
import { randomBytes } from 'node:crypto';
import { previewCsp } from 'toc-preview/page.mjs';

export function newNonce(): string {
    return randomBytes(18).toString('base64').replace(/[^A-Za-z0-9]/g, '');
}

/** The preview package owns the policy, so the panel and the browser tests run under the same one. */
export function contentSecurityPolicy(cspSource: string, nonce: string): string {
    return previewCsp(cspSource, nonce);
}

function escapeHtml(s: string): string {
    return s.replace(/[&<>"']/g, c => `&#${c.charCodeAt(0)};`);
}

export interface PreviewPage {
    webview: vscode.Webview;
    root: vscode.Uri;          // dist/preview
    nonce: string;
    lang: string;              // 'nl' or 'en': the editor's display language
    bundlePresent: boolean;
}

export function previewHtml({ webview, root, nonce, lang, bundlePresent }: PreviewPage): string {
    const csp = contentSecurityPolicy(webview.cspSource, nonce);
    const script = webview.asWebviewUri(vscode.Uri.joinPath(root, 'preview.js'));
    const style = webview.asWebviewUri(vscode.Uri.joinPath(root, 'preview.css'));
    const title = escapeHtml(vscode.l10n.t('Theory of Change diagram'));
    // Without the bundle (a build that skipped the preview) say so in the panel instead of showing nothing.
    const body = bundlePresent
        ? `<div id="toc-root"></div>\n<script nonce="${nonce}" src="${script}"></script>`
        : `<p style="font-family: var(--vscode-font-family); padding: 1em">${escapeHtml(vscode.l10n.t('The diagram is not available in this build of the extension.'))}</p>`;
    return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" nonce="${nonce}" href="${style}">
<title>${title}</title>
</head>
<body data-toc-lang="${lang}">
${body}
</body>
</html>`;
}
