// The webview's HTML shell, shared by the extension (through its own copy of these rules) and the test page.
// Everything runs under a strict CSP: no inline script or style without the nonce, workers only from blob:.

/** @param {string} cspSource @param {string} nonce */
export function previewCsp(cspSource, nonce) {
    return `default-src 'none'; style-src ${cspSource} 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src ${cspSource} data: blob:; worker-src blob:; font-src ${cspSource}`;
}

const attr = s => String(s).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * @param {{ cspSource: string, nonce: string, scriptUri: string, styleUri: string, lang?: string, bodyClass?: string, extraHead?: string }} o
 */
export function previewHtml(o) {
    return `<!DOCTYPE html>
<html lang="${attr(o.lang ?? 'en')}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${attr(previewCsp(o.cspSource, o.nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${attr(o.styleUri)}">
${o.extraHead ?? ''}
</head>
<body${o.bodyClass ? ` class="${attr(o.bodyClass)}"` : ''}>
<div id="toc-root"></div>
<script nonce="${attr(o.nonce)}" src="${attr(o.scriptUri)}"></script>
</body>
</html>
`;
}
