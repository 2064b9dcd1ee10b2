/** The messages this extension exchanges with the language server and the preview (ARCHITECTURE.md, "Contracts"). */
import type { RangeJson, TheoryJson } from 'toc-language/model';

/** LSP notification (server -> client) and request (client -> server) `toc/model`. */
export const MODEL_METHOD = 'toc/model';
export interface ModelNotification { uri: string; version: number; model: TheoryJson }
export interface ModelRequest { uri: string }
/** LSP notification (client -> server) `toc/watchModel`: push `toc/model` while a preview is open (the server's default: no). */
export const WATCH_MODEL_METHOD = 'toc/watchModel';
export interface WatchModel { watch: boolean }

export type Direction = 'right' | 'down';
/** 'auto': the preview picks the direction from its panel's shape. */
export type DirectionChoice = Direction | 'auto';
/** How the preview draws: the user's choice in the preview's toolbar (per workspace), else the `toc.preview.*` settings. */
export interface PreviewOptions { direction: DirectionChoice; details: boolean }
export type ExportFormat = 'svg' | 'png';

export type ToPreview =
    | { type: 'model'; model: TheoryJson; options: PreviewOptions }
    | { type: 'highlight'; id: string }
    | { type: 'export'; format: ExportFormat };

export type FromPreview =
    | { type: 'ready' }
    | { type: 'reveal'; id: string; range?: RangeJson }
    | { type: 'exported'; format: ExportFormat; data: string }
    | { type: 'choose'; options: Partial<PreviewOptions> }
    | { type: 'exportRequest'; format: ExportFormat };

/** The state the webview keeps (VS Code hands it to the serializer after Reload Window); only `uri` is read here. */
export interface PreviewState { uri?: string }
