/** One resolved model per document, rebuilt after any change in the workspace (imports may have changed). */
import { AstUtils, DocumentState, WorkspaceCache, type AstNode, type LangiumDocument } from 'langium';
import { isAction, isGoal, isSubgoal, isTheory, type Theory, type TopMeasurement } from '../generated/ast.js';
import { importedUris } from '../scoping/imports.js';
import { languageOfFileName, type Lang } from '../i18n/language.js';
import type { LangiumSharedServices } from 'langium/lsp';
import type { TocCoreServices } from '../toc-core-module.js';
import { buildTheoryModel, type TheoryModel } from './theory-model.js';

export interface TheoryModelProvider {
    modelOf(document: LangiumDocument): TheoryModel;
}

export class DefaultTheoryModelProvider implements TheoryModelProvider {
    private readonly cache: WorkspaceCache<string, TheoryModel>;
    private readonly services: TocCoreServices;
    /** The editor's display language (LSP `locale`), for a file whose keywords and name do not tell. */
    private editorLang: Lang | undefined;

    constructor(services: TocCoreServices) {
        this.services = services;
        this.cache = new WorkspaceCache(services.shared);
        // Absent on the command line's core services (toc-core-module.ts): no editor, no editor language.
        (services.shared as Partial<LangiumSharedServices>).lsp?.LanguageServer.onInitialize(params => {
            this.editorLang = /^nl/i.test(params.locale ?? '') ? 'nl' : /^en/i.test(params.locale ?? '') ? 'en' : undefined;
        });
    }

    modelOf(document: LangiumDocument): TheoryModel {
        // Asked beside a build that has not linked the text yet (an editor request): its arrows are not known
        // yet (scoping/toc-linker.ts), so that model is built for the asker and not kept for the checks.
        if (document.state < DocumentState.Linked) return this.build(document);
        return this.cache.get(document.uri.toString(), () => this.build(document));
    }

    private build(document: LangiumDocument): TheoryModel {
        const { arrows, measurements } = this.fromImportingFiles(document);
        // An empty mijn-plan.toc speaks Dutch from the start (its guide in the diagram, completion, hovers):
        // while the keywords do not tell, the file name, then the editor's language decide.
        const fallback = languageOfFileName(document.uri.path) ?? this.editorLang ?? 'en';
        const lang = this.services.i18n.DocumentLanguage.chosen(document) ?? fallback;
        return buildTheoryModel(document as LangiumDocument<Theory>, lang, node => arrows.get(node) ?? [], ind => measurements.get(ind) ?? [], fallback);
    }

    /**
     * Elements of other files whose `->` names an element of this one, and top-level measurements of its
     * indicators written there, by that element. Only files that import this one can name its elements,
     * so only those are read, once per model.
     */
    private fromImportingFiles(document: LangiumDocument): { arrows: Map<AstNode, AstNode[]>; measurements: Map<AstNode, TopMeasurement[]> } {
        const incoming = new Map<AstNode, AstNode[]>();
        const measurements = new Map<AstNode, TopMeasurement[]>();
        const uri = document.uri.toString();
        for (const other of this.services.shared.workspace.LangiumDocuments.all) {
            const root = other.parseResult?.value;
            if (other === document || !isTheory(root)) continue;
            if (!importedUris(other.uri, root).some(u => u.toString() === uri)) continue;
            for (const m of root.measurements) {
                const indicator = m.indicator?.ref;
                if (indicator && AstUtils.getDocument(indicator) === document) {
                    (measurements.get(indicator) ?? measurements.set(indicator, []).get(indicator)!).push(m);
                }
            }
            for (const node of AstUtils.streamAst(root)) {
                if (!(isGoal(node) || isSubgoal(node) || isAction(node))) continue;
                for (const ref of node.targets) {
                    const target = ref?.ref;
                    if (target && AstUtils.getDocument(target) === document) {
                        (incoming.get(target) ?? incoming.set(target, []).get(target)!).push(node);
                    }
                }
            }
        }
        return { arrows: incoming, measurements };
    }
}
