/** The language server, for any editor: `toc-language-server --stdio` (or IPC under VS Code). */
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startTocServer } from './lsp/toc-server.js';
import { createTocServices } from './toc-module.js';

const connection = createConnection(ProposedFeatures.all);
const { shared } = createTocServices({ connection, ...NodeFileSystem });
startLanguageServer(shared);
// The live model for the diagram (`toc/model`), editor settings, workspace symbols with kinds.
startTocServer(shared);
