/**
 * What the toc language server adds to Langium's: the live model for the diagram, editor settings, the
 * problems of toc.config.json files. Each is a shared service (TocSharedEditorModule); this only starts them.
 */
import type { TocSharedServices } from '../toc-module.js';

/** Call after `startLanguageServer(shared)`. */
export function startTocServer(shared: TocSharedServices): void {
    const connection = shared.lsp.Connection;
    if (!connection) return;
    shared.toc.ModelNotifier.start(connection);
    shared.toc.EditorSettings.start();
    // What is wrong in a toc.config.json, as warnings on that file.
    shared.toc.ConfigDiagnostics.start(connection);
}
