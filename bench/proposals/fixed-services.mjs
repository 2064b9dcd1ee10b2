/**
 * Prototypes of the language-core changes proposed in docs/benchmarks.md (fixes 1 and 2), injected
 * through createTocServices' `extra` module so the bench can measure them without editing
 * packages/language. They mirror the proposed TypeScript line for line.
 */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { language, langium } from '../lib/language.mjs';
import { ROOT } from '../lib/work.mjs';

const out = p => pathToFileURL(path.join(ROOT, 'packages/language/out', p)).href;
const { TocScopeProvider, expectedKinds, kindOfType } = await import(out('scoping/toc-scope-provider.js'));
const { DefaultTheoryModelProvider } = await import(out('model/model-provider.js'));
const { importedUris } = await import(out('scoping/imports.js'));
const { AstUtils, DocumentState, EMPTY_SCOPE, MapScope, WorkspaceCache } = langium;

/** Fix 1: one name -> element map per document and kind set, rebuilt once the index changes. */
class MapScopeProvider extends TocScopeProvider {
    constructor(services) {
        super(services);
        this.scopes = new WorkspaceCache(services.shared, DocumentState.IndexedContent);
    }

    getScope(context) {
        const kinds = expectedKinds(context);
        if (kinds.length === 0) return EMPTY_SCOPE;
        const document = AstUtils.getDocument(context.container);
        const key = `${document.uri.toString()}|${kinds.join(',')}`;
        const scope = this.scopes.get(key, () => {
            const own = document.uri.toString();
            const fits = d => kinds.includes(kindOfType(d.type));
            const root = document.parseResult.value;
            const imported = new Set(language.isTheory(root) ? importedUris(document.uri, root).map(u => u.toString()) : []);
            imported.delete(own);
            // First one wins, as with the stream scope: MapScope keeps the last, so feed it reversed.
            const outer = imported.size ? new MapScope(this.indexManager.allElements(undefined, imported).filter(fits).toArray().reverse()) : undefined;
            return new MapScope(this.indexManager.allElements(undefined, new Set([own])).filter(fits).toArray().reverse(), outer);
        });
        // An element never contributes to itself by name.
        const self = context.container;
        return {
            getElement: name => {
                const d = scope.getElement(name);
                return d && d.node === self ? undefined : d;
            },
            getElements: name => scope.getElements(name).filter(d => d.node !== self),
            getAllElements: () => scope.getAllElements().filter(d => d.node !== self),
        };
    }
}

/** Fix 2: the arrows from other files into this one, found in one pass over the files that import it. */
class OnePassModelProvider extends DefaultTheoryModelProvider {
    constructor(services) {
        super(services);
        this.toc = services;
        this.models = new WorkspaceCache(services.shared);
    }

    modelOf(document) {
        return this.models.get(document.uri.toString(), () => {
            const lang = this.toc.config.ConfigProvider.configFor(document.uri).language;
            const incoming = new Map();
            const uri = document.uri.toString();
            for (const other of this.toc.shared.workspace.LangiumDocuments.all) {
                const root = other.parseResult.value;
                if (other === document || !language.isTheory(root)) continue;
                if (!importedUris(other.uri, root).some(u => u.toString() === uri)) continue;
                for (const node of AstUtils.streamAst(root)) {
                    for (const t of node.targets ?? []) {
                        const target = t.ref;
                        if (target && AstUtils.getDocument(target) === document) {
                            (incoming.get(target) ?? incoming.set(target, []).get(target)).push(node);
                        }
                    }
                }
            }
            return language.buildTheoryModel(document, lang, node => incoming.get(node) ?? []);
        });
    }
}

export const FIXED = {
    references: { ScopeProvider: s => new MapScopeProvider(s) },
    model: { TheoryModelProvider: s => new OnePassModelProvider(s) },
};

export function fixedServices() {
    return language.createTocServices(langium.EmptyFileSystem, FIXED).Toc;
}
