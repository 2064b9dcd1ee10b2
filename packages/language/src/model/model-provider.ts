/** One resolved model per document, rebuilt after any change in the workspace (imports may have changed). */
import { WorkspaceCache, type AstNode, type LangiumDocument } from 'langium';
import type { Theory } from '../generated/ast.js';
import type { TocServices } from '../toc-module.js';
import { buildTheoryModel, type ElementNode, type TheoryModel } from './theory-model.js';

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
            return buildTheoryModel(document as LangiumDocument<Theory>, lang, node => this.contributorsFromOtherFiles(document, node));
        });
    }

    /** The containers of references, in other documents, that point at `node`. */
    private contributorsFromOtherFiles(document: LangiumDocument, node: ElementNode): AstNode[] {
        const shared = this.services.shared;
        const path = this.services.workspace.AstNodeLocator.getAstNodePath(node);
        const out: AstNode[] = [];
        for (const ref of shared.workspace.IndexManager.findAllReferences(node, path)) {
            if (ref.sourceUri.toString() === document.uri.toString()) continue;
            const source = shared.workspace.LangiumDocuments.getDocument(ref.sourceUri);
            if (!source) continue;
            const container = this.services.workspace.AstNodeLocator.getAstNode(source.parseResult.value, ref.sourcePath);
            if (container) out.push(container);
        }
        return out;
    }
}
