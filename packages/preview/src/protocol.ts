/** The webview's side of the message protocol, defined once in the language package (toc-language/protocol). */
import type { DirectionChoice, FromPreview, PreviewOptions as ChosenOptions, ToPreview } from 'toc-language/protocol';

export type { DirectionChoice, FromPreview, ToPreview };
/** The options as the preview holds them: any may still be unset (a plain test page sends none). */
export type PreviewOptions = Partial<ChosenOptions>;

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
