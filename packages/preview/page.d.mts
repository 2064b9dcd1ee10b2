/** Types of page.mjs: the webview's Content Security Policy and HTML shell, shared by the extension and the tests. */
export function previewCsp(cspSource: string, nonce: string): string;
export function previewHtml(o: {
    cspSource: string; nonce: string; scriptUri?: string; styleUri: string;
    lang?: string; title?: string; bodyClass?: string; extraHead?: string; unavailable?: string;
}): string;
