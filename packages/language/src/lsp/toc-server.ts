/** What the toc language server adds to Langium's: the live model for the diagram, editor settings, workspace symbols with kinds. */
import type { LangiumSharedServices } from 'langium/lsp';
import { DefaultEditorSettings } from './editor-settings.js';
import { DefaultModelNotifier } from './model-notifier.js';
import { TocWorkspaceSymbolProvider } from './workspace-symbols.js';

/** Call after `startLanguageServer(shared)`. */
export function startTocServer(shared: LangiumSharedServices): void {
    const connection = shared.lsp.Connection;
    if (!connection) return;
    new DefaultModelNotifier(shared).start(connection);
    new DefaultEditorSettings(shared).start();
    // Until the shared module injects TocWorkspaceSymbolProvider, answer workspace symbols with kinds here.
    if (!(shared.lsp.WorkspaceSymbolProvider instanceof TocWorkspaceSymbolProvider)) {
        const provider = new TocWorkspaceSymbolProvider(shared);
        connection.onWorkspaceSymbol(async (params, token) => {
            await shared.workspace.WorkspaceManager.ready;
            return provider.getSymbols(params, token);
        });
    }
}
