/** The language server, for any editor: `toc-language-server --stdio` (or IPC under VS Code). */
import { startLanguageServer } from 'langium/lsp';
import { DiskFileSystem } from './workspace/disk-file-system.js';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { MeasurementImport } from './lsp/import-request.js';
import { startTocServer, TOC_REQUEST_STATES } from './lsp/toc-server.js';
import { createTocServices } from './toc-module.js';

const connection = createConnection(ProposedFeatures.all);
const { shared } = createTocServices({ connection, ...DiskFileSystem });
startLanguageServer(shared, TOC_REQUEST_STATES);
// The live model for the diagram (`toc/model`), editor settings, workspace symbols with kinds.
startTocServer(shared);
// "Import measurements…" (`toc/importMeasurements`): only here, not in the Web Worker (browser.ts), which
// has no such command and should not carry the workbook reader.
new MeasurementImport(shared).start(connection);
