/**
 * The server's problems in the editor, with its quick fixes as buttons in each problem's tooltip (the same
 * fixes as VS Code's light bulb: add a horizon, the closest name, …). CodeMirror's LSP client shows the
 * problems but asks for no code actions, so this replaces its `serverDiagnostics`: the problems are shown
 * at once, then one `textDocument/codeAction` request for the whole file brings the fixes, attached to the
 * problem each names (`diagnostics`) while the text is still the one they were computed for.
 */
import { LSPPlugin, type LSPClient, type LSPClientExtension } from '@codemirror/lsp-client';
import { setDiagnostics, type Action, type Diagnostic } from '@codemirror/lint';
import { ViewPlugin, type EditorView, type ViewUpdate } from '@codemirror/view';
import { editorPosition, inSyncedText, type Position } from './positions.js';

interface Range { start: Position; end: Position }
interface LspDiagnostic { range: Range; severity?: number; code?: string | number; message: string }
interface TextEdit { range: Range; newText: string }
interface CodeAction {
    title: string;
    diagnostics?: LspDiagnostic[];
    edit?: { changes?: Record<string, TextEdit[]>; documentChanges?: Array<{ textDocument: { uri: string }; edits: TextEdit[] }> };
}

const SEVERITY = ['error', 'error', 'warning', 'info', 'hint'] as const;
/** After typing stops, the server hears of it (as in the client's own extension). */
const SYNC_DELAY_MS = 500;

export function serverDiagnosticsWithFixes(): LSPClientExtension {
    return {
        clientCapabilities: { textDocument: { publishDiagnostics: { versionSupport: true }, codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } } } },
        notificationHandlers: {
            'textDocument/publishDiagnostics': (client, params: { uri: string; version?: number; diagnostics: LspDiagnostic[] }) => {
                const file = client.workspace.getFile(params.uri);
                if (!file || (params.version != null && params.version !== file.version)) return false;
                const view = file.getView();
                if (!view || !LSPPlugin.get(view)) return false;
                show(view, params.diagnostics, new Map());
                void fixesFor(client, params.uri, params.diagnostics).then(fixes => {
                    if (fixes.size > 0 && client.workspace.getFile(params.uri)?.version === file.version) show(view, params.diagnostics, fixes);
                });
                return true;
            },
        },
        editorExtension: syncAfterTyping,
    };
}

function show(view: EditorView, diagnostics: LspDiagnostic[], fixes: Map<LspDiagnostic, CodeAction[]>): void {
    const plugin = LSPPlugin.get(view);
    if (!plugin) return;
    view.dispatch(setDiagnostics(view.state, diagnostics.map((d): Diagnostic => ({
        from: editorPosition(plugin, d.range.start),
        to: editorPosition(plugin, d.range.end),
        severity: SEVERITY[d.severity ?? 1] ?? 'error',
        message: d.message,
        actions: (fixes.get(d) ?? []).map(action),
    }))));
}

/** The fixes of every problem of the file, by the problem they fix. */
async function fixesFor(client: LSPClient, uri: string, diagnostics: LspDiagnostic[]): Promise<Map<LspDiagnostic, CodeAction[]>> {
    const byProblem = new Map<LspDiagnostic, CodeAction[]>();
    if (diagnostics.length === 0) return byProblem;
    const whole = { start: { line: 0, character: 0 }, end: { line: Number.MAX_SAFE_INTEGER, character: 0 } };
    let actions: CodeAction[] | null;
    try {
        actions = await client.request<unknown, CodeAction[] | null>('textDocument/codeAction', {
            textDocument: { uri }, range: whole, context: { diagnostics, only: ['quickfix'] },
        });
    } catch {
        return byProblem; // no fixes is no reason to lose the problems
    }
    // The server answers with copies: find each problem again by place, rule and message.
    const key = (d: LspDiagnostic) => JSON.stringify([d.range, d.code, d.message]);
    const problems = new Map(diagnostics.map(d => [key(d), d]));
    for (const fix of actions ?? []) {
        for (const named of fix.diagnostics ?? []) {
            const problem = problems.get(key(named));
            if (problem) byProblem.set(problem, [...byProblem.get(problem) ?? [], fix]);
        }
    }
    return byProblem;
}

/** A fix as a button: its edits of this file, applied as one change (one undo takes it back). */
function action(fix: CodeAction): Action {
    return {
        name: fix.title,
        apply: target => {
            const plugin = LSPPlugin.get(target);
            if (!plugin) return;
            const uri = plugin.uri;
            const edits = [...fix.edit?.changes?.[uri] ?? [], ...(fix.edit?.documentChanges ?? []).filter(c => c.textDocument.uri === uri).flatMap(c => c.edits)];
            // A fix made for another text is not applied: the problems are listed again when the check comes in.
            if (!edits.every(e => inSyncedText(plugin, e.range.start) && inSyncedText(plugin, e.range.end))) return;
            const changes = edits.map(e => ({ from: editorPosition(plugin, e.range.start), to: editorPosition(plugin, e.range.end), insert: e.newText }));
            target.dispatch({ changes, userEvent: 'input.quickfix' });
            target.focus();
        },
    };
}

/** As the client's own diagnostics extension does: the server hears of an edit half a second after typing stops. */
const syncAfterTyping = ViewPlugin.fromClass(class {
    private pending: ReturnType<typeof setTimeout> | undefined;
    update(update: ViewUpdate) {
        if (!update.docChanged) return;
        clearTimeout(this.pending);
        this.pending = setTimeout(() => {
            this.pending = undefined;
            LSPPlugin.get(update.view)?.client.sync();
        }, SYNC_DELAY_MS);
    }
    destroy() {
        clearTimeout(this.pending);
    }
});
