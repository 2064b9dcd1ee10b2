/** What each time horizon is called in a sentence: one home for the editor, the diagram and the reports. */
import type { HorizonJson, LangJson } from '../model/model-json.js';

export const HORIZON_NAMES = {
    en: { short: 'short term', medium: 'medium term', long: 'long term' },
    nl: { short: 'korte termijn', medium: 'middellange termijn', long: 'lange termijn' },
} as const satisfies Record<LangJson, Record<HorizonJson, string>>;
