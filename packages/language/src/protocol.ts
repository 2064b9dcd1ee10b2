/**
 * The one definition of the messages around the diagram (ARCHITECTURE.md, "Contracts between packages"):
 * the LSP extensions `toc/model` and `toc/watchModel` between the language server and a client, and the
 * messages between the extension and the preview webview. The server, the extension and the preview all
 * import these; only types and method names, so the webview carries no code from here.
 */
import type { RangeJson, TheoryJson } from './model/model-json.js';

/** LSP request (client -> server) `{ uri }` and notification (server -> client) `toc/model`. */
export const MODEL_METHOD = 'toc/model';
export interface ModelRequest { uri: string }
/** The answer to the request, or null; also the notification's parameters. */
export interface ModelNotification { uri: string; version: number; model: TheoryJson }
/** LSP notification (client -> server) `toc/watchModel`: push `toc/model` while a preview is open (the server's default: no). */
export const WATCH_MODEL_METHOD = 'toc/watchModel';
export interface WatchModel { watch: boolean }

export type Direction = 'right' | 'down';
/** 'auto': the preview picks the direction from its panel's shape. */
export type DirectionChoice = Direction | 'auto';
/** How the preview draws: the user's choice in the preview's toolbar (per workspace), else the `toc.preview.*` settings. */
export interface PreviewOptions {
    direction: DirectionChoice;
    /** Results, norms and indicators in every box (else on hover and for the selected box). */
    details: boolean;
}
export type ExportFormat = 'svg' | 'png';

/** Extension -> preview. */
export type ToPreview =
    | { type: 'model'; model: TheoryJson; options: PreviewOptions }
    | { type: 'highlight'; id: string }
    | { type: 'export'; format: ExportFormat };

/** Preview -> extension. */
export type FromPreview =
    | { type: 'ready' }
    | { type: 'reveal'; id: string; range: RangeJson }
    | { type: 'exported'; format: ExportFormat; data: string }
    /** The user chose a direction or details in the toolbar: the extension remembers it for the workspace. */
    | { type: 'choose'; options: Partial<PreviewOptions> }
    /** An export button in the preview's toolbar: the extension asks where to save, then sends `export`. */
    | { type: 'exportRequest'; format: ExportFormat };

/** What the webview keeps (VS Code hands it to the serializer after Reload Window); the extension reads `uri`. */
export interface PreviewState { uri?: string }

/**
 * LSP request (client -> server) `toc/importMeasurements`: the new `meting` lines a filled-in follow-up
 * workbook or a table of measurements adds to the workspace's .toc files, as text edits the editor shows
 * in its refactoring preview. The server reads the table itself (through its file system) and plans the
 * edits with the same code as `toc import`.
 */
export const IMPORT_MEASUREMENTS_METHOD = 'toc/importMeasurements';
export interface ImportMeasurementsRequest {
    /** The workbook (.xlsx) or table (.csv), as a URI. */
    table: string;
    /** The .toc file in the editor, if any: its language is the language of the answer's sentences. */
    uri?: string;
}
export interface ImportMeasurementsAnswer {
    /** Insertions per .toc file (URI); empty when any row is not valid: nothing is imported then. */
    files: Array<{ uri: string; edits: Array<{ range: RangeJson; newText: string }> }>;
    /** One sentence per row that is not valid (row, column, reason), or why the table could not be read. */
    problems: string[];
    /** What to tell the user: the summary, or why nothing was imported. */
    message: string;
    /** The name of the change in the refactoring preview and the undo history. */
    label: string;
    /** Shown beside the label: what ticking a line does. */
    tickToAdd: string;
    /** What to say when the preview added nothing (nothing ticked, or Discard). */
    nothingTicked: string;
    /** What to say when Apply added some of the lines: `{0}` is the number added. */
    partlyTicked: string;
}

/**
 * LSP request (server -> client) `toc/readFile`: a language server without a disk (a Web Worker in the
 * standalone page or in VS Code for the Web) asks the editor for a file it imports or for toc.config.json.
 * The client answers `{ text }`, or null when there is no such file.
 */
export const READ_FILE_METHOD = 'toc/readFile';
export interface ReadFileParams { uri: string }
export type ReadFileResult = { text: string } | null;
