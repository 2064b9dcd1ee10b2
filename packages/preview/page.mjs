// The webview's HTML shell, the one the extension's panel serves (src/preview/preview-html.ts) and the
// browser tests load (test-page.mjs): the same markup under the same strict CSP (no inline script or
// style without the nonce, workers only from blob:).
import { escapeXml } from 'toc-language/plain';

/** @param {string} cspSource @param {string} nonce */
export function previewCsp(cspSource, nonce) {
    return `default-src 'none'; style-src ${cspSource} 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src ${cspSource} data: blob:; worker-src blob:; font-src ${cspSource}`;
}

// The diagram's escaper, the project's one: HTML text and attributes need the same escapes as XML.
const escapeHtml = s => escapeXml(String(s));
const attr = escapeHtml;

/**
 * @param {{ cspSource: string, nonce: string, scriptUri?: string, styleUri: string, lang?: string, title?: string,
 *   bodyClass?: string, extraHead?: string, unavailable?: string }} o
 *   Without `scriptUri` (a build without the bundle) the page says `unavailable` instead of showing nothing.
 */
export function previewHtml(o) {
    const lang = attr(o.lang ?? 'en');
    const body = o.scriptUri
        ? `<div id="toc-root"></div>\n<script nonce="${attr(o.nonce)}" src="${attr(o.scriptUri)}"></script>`
        : `<p style="font-family: var(--vscode-font-family); padding: 1em">${escapeHtml(o.unavailable ?? '')}</p>`;
    return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${attr(previewCsp(o.cspSource, o.nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" nonce="${attr(o.nonce)}" href="${attr(o.styleUri)}">
${o.title ? `<title>${escapeHtml(o.title)}</title>\n` : ''}${o.extraHead ?? ''}
</head>
<body data-toc-lang="${lang}"${o.bodyClass ? ` class="${attr(o.bodyClass)}"` : ''}>
${body}
</body>
</html>
`;
}
