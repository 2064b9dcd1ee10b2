/** Which language the editor speaks in a document: the configured one, else the one its keywords are in. */
import type { LangiumDocument } from 'langium';
import { isTheory } from '../generated/ast.js';
import type { Lang } from '../i18n/language.js';
import { theoryLanguage } from '../model/theory-model.js';
import type { TocServices } from '../toc-module.js';

/** When the keywords do not tell (an empty file): the model's fallback, the file name's or the editor's language. */
export function documentLang(services: TocServices, document: LangiumDocument): Lang {
    return chosenLang(services, document) ?? services.model.TheoryModelProvider.modelOf(document).lang;
}

/** Undefined while the keywords do not tell (an empty file): then both languages are offered. */
export function chosenLang(services: TocServices, document: LangiumDocument): Lang | undefined {
    const forced = services.config.ConfigProvider.configFor(document.uri).language;
    if (forced) return forced;
    const root = document.parseResult.value;
    if (!isTheory(root)) return undefined;
    const en = theoryLanguage(root, 'en');
    return en === theoryLanguage(root, 'nl') ? en : undefined;
}
