/**
 * The language server in a Web Worker (the standalone page, VS Code for the Web): the same services as
 * main.ts, over the worker's messages, with the client's files instead of the disk.
 */
import { startLanguageServer } from 'langium/lsp';
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { startTocServer, TOC_REQUEST_STATES } from './lsp/toc-server.js';
import { createTocServices } from './toc-module.js';
import { ClientFileSystemProvider } from './workspace/client-file-system.js';

/** The worker's global scope (this package is typed without the DOM libraries). */
const worker = globalThis as unknown as ConstructorParameters<typeof BrowserMessageReader>[0];
const connection = createConnection(new BrowserMessageReader(worker), new BrowserMessageWriter(worker));
const { shared } = createTocServices({ connection, fileSystemProvider: () => new ClientFileSystemProvider(connection) });
startLanguageServer(shared, TOC_REQUEST_STATES);
startTocServer(shared);
