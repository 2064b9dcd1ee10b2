export * from './generated/ast.js';
export { createTocServices, TocModule, type TocServices } from './toc-module.js';
export { createTocCoreServices, type TocCoreServices } from './toc-core-module.js';
export { TocDocumentFactory } from './workspace/toc-document-factory.js';
export { RULES, FIXED_RULES, type RuleId, type Severity, type SeveritySetting } from './checks/rules.js';
export { buildTheoryModel, type TheoryModel, type ModelElement, type ResultStatus } from './model/theory-model.js';
export { theoryToJson } from './model/to-json.js';
export type * from './model/model-json.js';
export { type Lang, languageOfFileName } from './i18n/language.js';
export { newTheoryText } from './i18n/new-theory.js';
export {
    CONFIG_FILE_NAME, parseConfig, suggestRule, type TocConfig, type ConfigProblem, type ConfigProblemKind, type ConfigRange,
} from './config/toc-config.js';
export { CONFIG_DIAGNOSTIC_CODE, configDiagnostics, configLanguage } from './config/config-problems.js';
export { INTERNAL_ERROR } from './validation/toc-document-validator.js';
export { configProblemMessage } from './i18n/config-messages.js';
export { formatText, formatTextSync } from './lsp/format-text.js';
export { decodeTocBytes, encodingProblemMessage, ENCODING_DIAGNOSTIC_CODE, type EncodingProblem } from './workspace/text-encoding.js';
export { FixedClock, SystemClock, type Clock } from './model/clock.js';
export { addMonths, dayNumber, deadlineDay, isoDay, linearTrend, trendPoints, type TrendPoint } from './model/trend.js';
export { planImport, parseDate, parseValue, type ImportRow, type ImportPlan, type RowProblem, type ImportColumn, type AddedMeasurement } from './follow-up/import-measurements.js';
export { isMeasurementTable, readMeasurementTable, TableError, type TableProblem } from './follow-up/read-table.js';
export { rowProblemMessage, tableProblemMessage, IMPORT_WORDS } from './i18n/follow-up-messages.js';
export { WORKBOOK_COLUMNS, WORKBOOK_WORDS, columnOfHeader, type WorkbookColumn, type WorkbookWords } from './i18n/workbook-words.js';
export { indicatorTrendSvg, trendChartSvg, svgDataUri, type TrendChartInput } from './follow-up/trend-chart.js';
export { isRealDate } from './model/quantity.js';
