/** Editor features (completion, hover, navigation, rename, formatting, quick fixes, tokens, hints): wired here. */
import type { Module } from 'langium';
import type { LangiumSharedServices, PartialLangiumServices, PartialLangiumSharedServices } from 'langium/lsp';
import type { TocServices } from '../toc-module.js';
import { TocCodeActionProvider } from './code-actions.js';
import { TocCompletionProvider } from './completion.js';
import { TocDefinitionProvider } from './definition.js';
import { TocDocumentLinkProvider } from './document-links.js';
import { TocDocumentSymbolProvider } from './document-symbols.js';
import { TocFormatter } from './formatter.js';
import { TocHoverProvider } from './hover.js';
import { TocInlayHintProvider } from './inlay-hints.js';
import { TocNodeKindProvider } from './node-kinds.js';
import { TocRenameProvider } from './rename.js';
import { TocSemanticTokenProvider } from './semantic-tokens.js';
import { TocWorkspaceSymbolProvider } from './workspace-symbols.js';

export const TocLspModule: Module<TocServices, PartialLangiumServices> = {
    lsp: {
        CompletionProvider: services => new TocCompletionProvider(services),
        HoverProvider: services => new TocHoverProvider(services),
        DefinitionProvider: services => new TocDefinitionProvider(services),
        DocumentLinkProvider: () => new TocDocumentLinkProvider(),
        DocumentSymbolProvider: services => new TocDocumentSymbolProvider(services),
        RenameProvider: services => new TocRenameProvider(services),
        Formatter: () => new TocFormatter(),
        CodeActionProvider: services => new TocCodeActionProvider(services),
        SemanticTokenProvider: services => new TocSemanticTokenProvider(services),
        InlayHintProvider: services => new TocInlayHintProvider(services),
    },
};

/** Shared (all-language) editor services: kinds for workspace symbols and completion icons. */
export const TocSharedLspModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {
    lsp: {
        NodeKindProvider: () => new TocNodeKindProvider(),
        WorkspaceSymbolProvider: services => new TocWorkspaceSymbolProvider(services),
    },
};
