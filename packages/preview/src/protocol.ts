/** The webview message protocol (ARCHITECTURE.md, "Webview messages"). Keep it exactly. */
import type { RangeJson, TheoryJson } from 'toc-language/model';

export interface PreviewOptions {
    direction?: 'right' | 'down';
    showResults?: boolean;
}

export type ToPreview =
    | { type: 'model'; model: TheoryJson; options?: PreviewOptions }
    | { type: 'highlight'; id: string }
    | { type: 'export'; format: 'svg' | 'png' };

export type FromPreview =
    | { type: 'ready' }
    | { type: 'reveal'; id: string; range: RangeJson }
    | { type: 'exported'; format: 'svg' | 'png'; data: string };

/** Where messages go and come from: VS Code's webview API when present, else the window (a plain test page). */
export interface Host {
    post(message: FromPreview): void;
    onMessage(handler: (message: ToPreview) => void): void;
}

interface VsCodeApi { postMessage(message: unknown): void }
declare const acquireVsCodeApi: (() => VsCodeApi) | undefined;

export function createHost(): Host {
    const vscode = typeof acquireVsCodeApi === 'function' ? acquireVsCodeApi() : undefined;
    return {
        post(message) {
            if (vscode) vscode.postMessage(message);
            else (window.parent ?? window).postMessage(message, '*');
        },
        onMessage(handler) {
            window.addEventListener('message', event => {
                const data = event.data as ToPreview | undefined;
                if (data && typeof data === 'object' && (data.type === 'model' || data.type === 'highlight' || data.type === 'export')) handler(data);
            });
        },
    };
}
