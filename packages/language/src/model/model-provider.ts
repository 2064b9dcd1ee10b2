/** One resolved model per document, rebuilt after any change in the workspace (imports may have changed). */
import { WorkspaceCache, type LangiumDocument } from 'langium';
import type { Theory } from '../generated/ast.js';
import type { TocServices } from '../toc-module.js';
import { buildTheoryModel, type TheoryModel } from './theory-model.js';

export interface TheoryModelProvider {
    modelOf(document: LangiumDocument): TheoryModel;
}

export class DefaultTheoryModelProvider implements TheoryModelProvider {
    private readonly cache: WorkspaceCache<string, TheoryModel>;
    private readonly services: TocServices;

    constructor(services: TocServices) {
        this.services = services;
        this.cache = new WorkspaceCache(services.shared);
    }

    modelOf(document: LangiumDocument): TheoryModel {
        const key = document.uri.toString();
        return this.cache.get(key, () => {
            const lang = this.services.config.ConfigProvider.configFor(document.uri).language;
            return buildTheoryModel(document as LangiumDocument<Theory>, lang);
        });
    }
}
