/**
 * The one answer to "which language is this document in": the language its toc.config.json sets, else the
 * one most of its keywords are written in. The checks, the editor features and the model all ask this
 * service (`services.i18n.DocumentLanguage`), so a message, a completion and a report never disagree.
 */
import type { LangiumDocument } from 'langium';
import { isTheory } from '../generated/ast.js';
import { theoryLanguage } from '../model/theory-model.js';
import type { TocCoreServices } from '../toc-core-module.js';
import type { Lang } from './language.js';

export interface DocumentLanguage {
    /** The configured language, else the keywords'; English when nothing tells. */
    of(document: LangiumDocument): Lang;
    /** The configured language, else the keywords'; undefined while they do not tell (an empty file). */
    chosen(document: LangiumDocument): Lang | undefined;
    /** The language toc.config.json forces on the document, if any. */
    configured(document: LangiumDocument): Lang | undefined;
}

export class DefaultDocumentLanguage implements DocumentLanguage {
    private readonly services: TocCoreServices;

    constructor(services: TocCoreServices) {
        this.services = services;
    }

    configured(document: LangiumDocument): Lang | undefined {
        return this.services.config.ConfigProvider.configFor(document.uri).language;
    }

    of(document: LangiumDocument): Lang {
        const root = document.parseResult.value;
        return this.configured(document) ?? (isTheory(root) ? theoryLanguage(root) : 'en');
    }

    chosen(document: LangiumDocument): Lang | undefined {
        const forced = this.configured(document);
        if (forced) return forced;
        const root = document.parseResult.value;
        if (!isTheory(root)) return undefined;
        const en = theoryLanguage(root, 'en');
        return en === theoryLanguage(root, 'nl') ? en : undefined;
    }
}
