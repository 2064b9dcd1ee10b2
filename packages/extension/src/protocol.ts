/** The messages this extension exchanges with the language server and the preview: defined once, in the language package. */
export {
    IMPORT_MEASUREMENTS_METHOD, type ImportMeasurementsAnswer, type ImportMeasurementsRequest,
    MODEL_METHOD, WATCH_MODEL_METHOD, type Direction, type DirectionChoice, type ExportFormat, type FromPreview, type ModelNotification,
    type ModelRequest, type PreviewOptions, type PreviewState, type ToPreview, type WatchModel,
    READ_FILE_METHOD, type ReadFileParams, type ReadFileResult,
} from 'toc-language/protocol';
