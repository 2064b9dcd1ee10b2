/**
 * What the toc language server adds to Langium's: the live model for the diagram, editor settings, the
 * problems of toc.config.json files. Each is a shared service (TocSharedEditorModule); this only starts them.
 */
import { DocumentState } from 'langium';
import type { ServiceRequirements } from 'langium/lsp';
import type { TocSharedServices } from '../toc-module.js';

/**
 * The document state a request waits for, where it differs from Langium's: pass to `startLanguageServer`.
 * Completion reads the parsed text, the syntax tree and the index of names, never a linked reference,
 * so right after a keystroke it answers once the new text's names are in the index, without waiting
 * for the arrows to be linked (test/lsp/completion-early.test.ts compares it with the full build).
 * Not IndexedContent: the scopes are cached until every file's names are indexed.
 */
export const TOC_REQUEST_STATES: Partial<ServiceRequirements> = { CompletionProvider: DocumentState.ComputedScopes };

/** Call after `startLanguageServer(shared, TOC_REQUEST_STATES)`. */
export function startTocServer(shared: TocSharedServices): void {
    const connection = shared.lsp.Connection;
    if (!connection) return;
    shared.toc.ModelNotifier.start(connection);
    shared.toc.EditorSettings.start();
    // What is wrong in a toc.config.json, as warnings on that file.
    shared.toc.ConfigDiagnostics.start(connection);
}
