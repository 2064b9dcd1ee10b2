/**
 * What the toc language server adds to Langium's: the live model for the diagram, editor settings, the
 * problems of toc.config.json files, workspace symbols with kinds.
 */
import type { LangiumSharedServices } from 'langium/lsp';
import { DefaultConfigDiagnostics } from './config-diagnostics.js';
import { DefaultEditorSettings } from './editor-settings.js';
import { DefaultModelNotifier } from './model-notifier.js';
import { TocWorkspaceSymbolProvider } from './workspace-symbols.js';

/** Call after `startLanguageServer(shared)`. */
export function startTocServer(shared: LangiumSharedServices): void {
    const connection = shared.lsp.Connection;
    if (!connection) return;
    new DefaultModelNotifier(shared).start(connection);
    new DefaultEditorSettings(shared).start();
    // What is wrong in a toc.config.json, as warnings on that file.
    new DefaultConfigDiagnostics(shared).start(connection);
    // Until the shared module injects TocWorkspaceSymbolProvider, answer workspace symbols with kinds here.
    if (!(shared.lsp.WorkspaceSymbolProvider instanceof TocWorkspaceSymbolProvider)) {
        const provider = new TocWorkspaceSymbolProvider(shared);
        connection.onWorkspaceSymbol(async (params, token) => {
            await shared.workspace.WorkspaceManager.ready;
            return provider.getSymbols(params, token);
        });
    }
}
