/** Which language the editor speaks in a document: asks the DocumentLanguage service (i18n/document-language.ts). */
import type { LangiumDocument } from 'langium';
import type { Lang } from '../i18n/language.js';
import type { TocServices } from '../toc-module.js';

export function documentLang(services: TocServices, document: LangiumDocument): Lang {
    return chosenLang(services, document) ?? 'en';
}

/** Undefined while the keywords do not tell (an empty file): then both languages are offered. */
export function chosenLang(services: TocServices, document: LangiumDocument): Lang | undefined {
    return services.i18n.DocumentLanguage.chosen(document);
}
