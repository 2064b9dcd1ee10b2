/**
 * The diagram preview: one panel that follows the active .toc editor, like Markdown's preview. Models come from the
 * server (`toc/model`); clicks in the diagram select the element in the editor; the cursor highlights its node.
 */
import * as vscode from 'vscode';
import { State, type BaseLanguageClient } from 'vscode-languageclient';
import type { TheoryJson } from 'toc-language/model';
import {
    MODEL_METHOD, WATCH_MODEL_METHOD, type DirectionChoice, type ExportFormat, type FromPreview, type ModelNotification, type ModelRequest,
    type PreviewOptions, type PreviewState, type ToPreview, type WatchModel,
} from '../protocol.js';
import { elementAt } from './element-at.js';
import { previewHtml, newNonce } from './preview-html.js';
import { saveExport } from './export.js';

const VIEW_TYPE = 'toc.preview';
/** The toolbar's direction and details choices, remembered per workspace (they win over the settings until those change). */
const CHOICE_KEY = 'toc.preview.choice';
const READY_TIMEOUT_MS = 30_000;
const EXPORT_TIMEOUT_MS = 60_000;

function key(uri: vscode.Uri | string): string {
    return (typeof uri === 'string' ? vscode.Uri.parse(uri) : uri).toString();
}

function toRange(r: { start: { line: number; character: number }; end: { line: number; character: number } }): vscode.Range {
    return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

export class PreviewManager implements vscode.Disposable {
    private panel: vscode.WebviewPanel | undefined;
    private document: vscode.Uri | undefined;
    private ready = false;
    private readyWaiters: Array<() => void> = [];
    private pendingExport: { format: ExportFormat; resolve: (data: string) => void } | undefined;
    private lastHighlight: string | undefined;
    /** The newest model per document, whether or not it is previewed (switching editors then shows it at once). */
    private readonly models = new Map<string, TheoryJson>();
    private readonly root: vscode.Uri;
    /** Whether the build shipped the diagram's bundle: asked once through workspace.fs (no disk in VS Code for the Web). */
    private readonly bundlePresent: Thenable<boolean>;
    private readonly disposables: vscode.Disposable[] = [];

    constructor(
        private readonly context: vscode.ExtensionContext,
        private readonly client: BaseLanguageClient,
        private readonly started: Promise<void>,
        private readonly output: vscode.LogOutputChannel,
    ) {
        this.root = vscode.Uri.joinPath(context.extensionUri, 'dist', 'preview');
        this.bundlePresent = vscode.workspace.fs.stat(vscode.Uri.joinPath(this.root, 'preview.js')).then(() => true, () => false);
        this.disposables.push(
            vscode.window.onDidChangeActiveTextEditor(editor => {
                if (this.panel && editor?.document.languageId === 'toc') this.show(editor.document.uri);
            }),
            vscode.window.onDidChangeTextEditorSelection(e => this.onSelection(e)),
            vscode.workspace.onDidCloseTextDocument(doc => {
                if (doc.isUntitled) this.models.delete(key(doc.uri));
            }),
            vscode.workspace.onDidChangeConfiguration(e => {
                if (!e.affectsConfiguration('toc.preview')) return;
                // A changed setting is the newer choice: forget the toolbar's for that option.
                const choice = { ...this.choice() };
                if (e.affectsConfiguration('toc.preview.direction')) delete choice.direction;
                if (e.affectsConfiguration('toc.preview.details')) delete choice.details;
                void context.workspaceState.update(CHOICE_KEY, choice).then(() => this.postModel());
            }),
            // After Reload Window VS Code gives back the preview it had, with the state the page kept.
            vscode.window.registerWebviewPanelSerializer(VIEW_TYPE, {
                deserializeWebviewPanel: async (panel, state: PreviewState | undefined) => this.revive(panel, state),
            }),
            // A restarted server starts out pushing no models: tell it again whether a preview is open.
            client.onDidChangeState(e => {
                if (e.newState === State.Running) this.sendWatch();
            }),
        );
        void started.then(() => this.sendWatch(), () => undefined);
    }

    /** The server builds and pushes the live model on every keystroke only while a preview can show it. */
    private sendWatch(): void {
        if (!this.client.isRunning()) return;
        this.client.sendNotification(WATCH_MODEL_METHOD, { watch: this.panel !== undefined } satisfies WatchModel)
            .catch(err => this.output.warn(`Could not tell the server whether a preview is open: ${err instanceof Error ? err.message : String(err)}`));
    }

    /** Opens (or reveals) the preview for `uri`, the active .toc editor, or the document already previewed. */
    async open(toSide: boolean, uri?: vscode.Uri): Promise<void> {
        const active = vscode.window.activeTextEditor?.document;
        // From the walkthrough (no text editor active): a .toc file on screen, else the one opened last.
        const onScreen = () => vscode.window.visibleTextEditors.find(e => e.document.languageId === 'toc')?.document.uri
            ?? vscode.workspace.textDocuments.filter(d => d.languageId === 'toc').at(-1)?.uri;
        const target = uri ?? (active?.languageId === 'toc' ? active.uri : this.document ?? onScreen());
        if (!target) {
            void vscode.window.showInformationMessage(vscode.l10n.t('Open a theory-of-change file (.toc) first.'));
            return;
        }
        const column = toSide ? vscode.ViewColumn.Beside : (vscode.window.activeTextEditor?.viewColumn ?? vscode.ViewColumn.Active);
        const created = !this.panel;
        if (this.panel) {
            this.panel.reveal(column, toSide);
        } else {
            this.panel = this.createPanel(column, toSide);
            this.sendWatch();
        }
        // A new panel asks for the model even for the document shown before: none was sent while it was closed.
        this.show(target, created);
    }

    /** Asks the preview for a picture of the diagram and saves it where the user chooses. */
    async export(format: ExportFormat): Promise<void> {
        if (!this.panel) await this.open(true);
        const panel = this.panel;
        const document = this.document;
        if (!panel || !document) return;
        if (!panel.visible) panel.reveal(undefined, true);
        try {
            await this.whenReady();
            const data = await new Promise<string>((resolve, reject) => {
                const timer = setTimeout(() => reject(new Error('timeout')), EXPORT_TIMEOUT_MS);
                this.pendingExport = { format, resolve: d => { clearTimeout(timer); resolve(d); } };
                this.post({ type: 'export', format });
            });
            await saveExport(document, format, data);
        } catch (err) {
            this.output.error(`Export as ${format} failed: ${err instanceof Error ? err.message : String(err)}`);
            void vscode.window.showErrorMessage(vscode.l10n.t('The diagram could not be exported. Is a diagram showing?'));
        } finally {
            this.pendingExport = undefined;
        }
    }

    /** A new model from the server, after each validation. */
    onModel(n: ModelNotification): void {
        const k = key(n.uri);
        this.models.set(k, n.model);
        if (this.document && key(this.document) === k) this.postModel();
    }

    dispose(): void {
        this.panel?.dispose();
        for (const d of this.disposables) d.dispose();
    }

    private createPanel(column: vscode.ViewColumn, preserveFocus: boolean): vscode.WebviewPanel {
        const panel = vscode.window.createWebviewPanel(VIEW_TYPE, vscode.l10n.t('Theory of Change diagram'),
            { viewColumn: column, preserveFocus },
            { enableScripts: true, retainContextWhenHidden: false, localResourceRoots: [this.root] });
        return this.adopt(panel);
    }

    /** A preview restored by VS Code after Reload Window: the same document, and the page restores its own view. */
    private async revive(panel: vscode.WebviewPanel, state: PreviewState | undefined): Promise<void> {
        if (this.panel) {
            panel.dispose(); // one preview at a time
            return;
        }
        const active = vscode.window.activeTextEditor?.document;
        const uri = state?.uri ? vscode.Uri.parse(state.uri) : active?.languageId === 'toc' ? active.uri : undefined;
        panel.webview.options = { enableScripts: true, localResourceRoots: [this.root] };
        this.panel = this.adopt(panel);
        this.sendWatch();
        if (uri) this.show(uri, true);
    }

    private adopt(panel: vscode.WebviewPanel): vscode.WebviewPanel {
        const icon = vscode.Uri.joinPath(this.root, '..', '..', 'images', 'toc-file.svg');
        panel.iconPath = { light: icon, dark: icon };
        this.ready = false;
        let disposed = false;
        panel.onDidDispose(() => { disposed = true; });
        void this.bundlePresent.then(present => {
            if (!disposed) panel.webview.html = this.html(panel.webview, present);
        });
        panel.webview.onDidReceiveMessage((m: FromPreview) => this.onMessage(m), undefined, this.disposables);
        panel.onDidChangeViewState(() => {
            // Hidden webviews are discarded (retainContextWhenHidden: false); the page says `ready` again when shown.
            if (!panel.visible) this.ready = false;
        }, undefined, this.disposables);
        panel.onDidDispose(() => {
            if (this.panel === panel) {
                this.panel = undefined;
                this.ready = false;
                this.lastHighlight = undefined;
                // No models arrive while no preview is open: the ones kept would be stale when it opens again.
                this.models.clear();
                this.sendWatch();
            }
        }, undefined, this.disposables);
        return panel;
    }

    private html(webview: vscode.Webview, bundlePresent: boolean): string {
        const lang = vscode.env.language.toLowerCase().startsWith('nl') ? 'nl' : 'en';
        return previewHtml({ webview, root: this.root, nonce: newNonce(), lang, bundlePresent });
    }

    /** Switches the preview to `uri`: shows the model we have at once, and asks the server for a fresh one. */
    private show(uri: vscode.Uri, refetch = false): void {
        const changed = !this.document || key(this.document) !== key(uri);
        this.document = uri;
        if (this.panel) {
            const name = uri.path.split('/').pop() ?? uri.path;
            this.panel.title = vscode.l10n.t('Diagram {0}', name);
        }
        if (!changed && !refetch) return;
        this.lastHighlight = undefined;
        this.postModel();
        void this.fetch(uri);
    }

    private async fetch(uri: vscode.Uri): Promise<void> {
        try {
            await this.started;
            const n = await this.client.sendRequest<ModelNotification | null>(MODEL_METHOD, { uri: uri.toString() } satisfies ModelRequest);
            if (n?.model) this.onModel({ ...n, uri: n.uri ?? uri.toString() });
        } catch (err) {
            this.output.warn(`No model for ${uri.toString()} yet: ${err instanceof Error ? err.message : String(err)}`);
        }
    }

    private choice(): Partial<PreviewOptions> {
        return this.context.workspaceState.get<Partial<PreviewOptions>>(CHOICE_KEY) ?? {};
    }

    private options(): PreviewOptions {
        const config = vscode.workspace.getConfiguration('toc.preview', this.document);
        return {
            direction: config.get<DirectionChoice>('direction', 'auto'),
            details: config.get<boolean>('details', false),
            ...this.choice(),
        };
    }

    private postModel(): void {
        const model = this.document && this.models.get(key(this.document));
        if (model) this.post({ type: 'model', model, options: this.options() });
    }

    private post(message: ToPreview): void {
        if (this.panel && this.ready) void this.panel.webview.postMessage(message);
    }

    private whenReady(): Promise<void> {
        if (this.ready) return Promise.resolve();
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error('the preview did not load')), READY_TIMEOUT_MS);
            this.readyWaiters.push(() => { clearTimeout(timer); resolve(); });
        });
    }

    private onMessage(m: FromPreview): void {
        switch (m.type) {
            case 'ready': {
                this.ready = true;
                this.lastHighlight = undefined;
                this.postModel();
                const editor = vscode.window.activeTextEditor;
                if (editor) this.highlightAt(editor);
                for (const w of this.readyWaiters.splice(0)) w();
                break;
            }
            case 'reveal':
                void this.reveal(m.id, m.range);
                break;
            case 'exported':
                if (this.pendingExport?.format === m.format) this.pendingExport.resolve(m.data);
                break;
            case 'choose':
                void this.context.workspaceState.update(CHOICE_KEY, { ...this.choice(), ...m.options });
                break;
            case 'exportRequest':
                void this.export(m.format);
                break;
        }
    }

    /** A click on a node: select the element's name in its editor (or open the file it lives in). */
    private async reveal(id: string, range?: { start: { line: number; character: number }; end: { line: number; character: number } }): Promise<void> {
        if (!this.document) return;
        const model = this.models.get(key(this.document));
        const element = model?.elements.find(e => e.id === id);
        const target = element?.external ? vscode.Uri.parse(element.external) : this.document;
        const where = range ?? element?.range;
        if (!where) return;
        const selection = toRange(where);
        const visible = vscode.window.visibleTextEditors.find(e => key(e.document.uri) === key(target));
        const document = visible?.document ?? await vscode.workspace.openTextDocument(target);
        const editor = await vscode.window.showTextDocument(document, {
            viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One,
            selection,
            preserveFocus: false,
        });
        editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }

    private onSelection(e: vscode.TextEditorSelectionChangeEvent): void {
        if (this.panel && this.ready) this.highlightAt(e.textEditor);
    }

    private highlightAt(editor: vscode.TextEditor): void {
        if (!this.document || key(editor.document.uri) !== key(this.document)) return;
        const model = this.models.get(key(this.document));
        if (!model) return;
        const pos = editor.selection.active;
        const element = elementAt(model, { line: pos.line, character: pos.character });
        if (element && element.id !== this.lastHighlight) {
            this.lastHighlight = element.id;
            this.post({ type: 'highlight', id: element.id });
        }
    }
}
