/** Which language the editor speaks in a document: asks the DocumentLanguage service (i18n/document-language.ts). */
import type { LangiumDocument } from 'langium';
import type { Lang } from '../i18n/language.js';
import type { TocServices } from '../toc-module.js';

/** When the keywords do not tell (an empty file): the model's fallback, the file name's or the editor's language. */
export function documentLang(services: TocServices, document: LangiumDocument): Lang {
    return chosenLang(services, document) ?? services.model.TheoryModelProvider.modelOf(document).lang;
}

/** Undefined while the keywords do not tell (an empty file): then both languages are offered. */
export function chosenLang(services: TocServices, document: LangiumDocument): Lang | undefined {
    return services.i18n.DocumentLanguage.chosen(document);
}
