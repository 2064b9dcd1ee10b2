/** The webview message protocol (ARCHITECTURE.md, "Webview messages"). Keep it exactly. */
import type { RangeJson, TheoryJson } from 'toc-language/model';

export type DirectionChoice = 'right' | 'down' | 'auto';

export interface PreviewOptions {
    /** 'auto': the preview picks the direction from the panel's shape. */
    direction?: DirectionChoice;
    /** Results, norms and indicators in every box (else on hover and for the selected box). */
    details?: boolean;
}

export type ToPreview =
    | { type: 'model'; model: TheoryJson; options?: PreviewOptions }
    | { type: 'highlight'; id: string }
    | { type: 'export'; format: 'svg' | 'png' };

export type FromPreview =
    | { type: 'ready' }
    | { type: 'reveal'; id: string; range: RangeJson }
    | { type: 'exported'; format: 'svg' | 'png'; data: string }
    /** The user chose a direction or details in the toolbar: the extension remembers it for the workspace. */
    | { type: 'choose'; options: PreviewOptions }
    /** An export button in the preview's toolbar: the extension asks where to save, then sends `export`. */
    | { type: 'exportRequest'; format: 'svg' | 'png' };

/** What the webview keeps across hiding, re-showing and Reload Window (VS Code's webview state). */
export interface SavedState {
    uri?: string;
    view?: { x: number; y: number; k: number; userMoved: boolean };
    options?: PreviewOptions;
    focus?: boolean;
    /** The selected box: focus mode and Collapse work on it. */
    selected?: string;
    collapsed?: string[];
    filters?: { horizon?: string; owner?: string; status?: string };
}

/** Where messages go and come from: VS Code's webview API when present, else the window (a plain test page). */
export interface Host {
    post(message: FromPreview): void;
    onMessage(handler: (message: ToPreview) => void): void;
    getState(): SavedState | undefined;
    setState(state: SavedState): void;
}

interface VsCodeApi { postMessage(message: unknown): void; getState(): unknown; setState(state: unknown): void }
declare const acquireVsCodeApi: (() => VsCodeApi) | undefined;

const TEST_STATE_KEY = 'toc-preview-state';

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
        // Outside VS Code (the test page) the session storage stands in for the webview state.
        getState() {
            if (vscode) return vscode.getState() as SavedState | undefined;
            try {
                return JSON.parse(sessionStorage.getItem(TEST_STATE_KEY) ?? 'null') ?? undefined;
            } catch {
                return undefined;
            }
        },
        setState(state) {
            if (vscode) vscode.setState(state);
            else try { sessionStorage.setItem(TEST_STATE_KEY, JSON.stringify(state)); } catch { /* storage off: nothing kept */ }
        },
    };
}
