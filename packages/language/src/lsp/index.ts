/** The editor features as a library: the formatter for `toc format`, the server start for main.ts. */
export { formatText, formatTextSync, formatEdits, formatGaps, type TextGap } from './format-text.js';
export { startTocServer } from './toc-server.js';
export { MODEL_METHOD, WATCH_MODEL_METHOD, type ModelNotification as TocModelMessage } from '../protocol.js';
export { TocLspModule, TocSharedLspModule } from './toc-lsp-module.js';
