/**
 * What a name may refer to: the named elements of this file and of the files it imports, filtered to
 * the kinds that fit where the name stands (an action contributes to subgoals and goals, a subgoal to
 * subgoals and goals, a goal to challenges; a top-level measurement names an indicator).
 */
import { AstUtils, DefaultScopeProvider, DocumentState, EMPTY_SCOPE, MapScope, stream, WorkspaceCache, type AstNodeDescription, type LangiumCoreServices, type ReferenceInfo, type Scope } from 'langium';
import { isAction, isGoal, isSubgoal, isTheory, isTopMeasurement } from '../generated/ast.js';
import type { ElementKind } from '../i18n/messages.js';
import { kindOfType } from '../model/element-kinds.js';
import { importedUris } from './imports.js';

/** The kinds a reference may point to, given where it stands. */
export function expectedKinds(context: ReferenceInfo): ElementKind[] {
    const c = context.container;
    if (isTopMeasurement(c)) return ['indicator'];
    if (isAction(c) || isSubgoal(c)) return ['subgoal', 'goal'];
    if (isGoal(c)) return ['challenge'];
    return [];
}

export class TocScopeProvider extends DefaultScopeProvider {
    /** One name -> element map per document and set of kinds: linking stays linear in the number of arrows. */
    private readonly scopes: WorkspaceCache<string, Scope>;
    /** Per the same key: names that two or more imported files define, with those files' URIs. */
    private readonly ambiguous: WorkspaceCache<string, Map<string, string[]>>;

    constructor(services: LangiumCoreServices) {
        super(services);
        // Cleared once a build has indexed the files' names, before linking needs them again.
        this.scopes = new WorkspaceCache(services.shared, DocumentState.IndexedContent);
        this.ambiguous = new WorkspaceCache(services.shared, DocumentState.IndexedContent);
    }

    override getScope(context: ReferenceInfo): Scope {
        const kinds = expectedKinds(context);
        if (kinds.length === 0) return EMPTY_SCOPE;
        const document = AstUtils.getDocument(context.container);
        const key = `${document.uri.toString()}|${kinds.join(',')}`;
        // An element naming itself resolves: the cycle check then says "S → S", clearer than "not found".
        return this.scopes.get(key, () => {
            const fits = (d: AstNodeDescription) => kinds.includes(kindOfType(d.type)!);
            const own = document.uri.toString();
            const root = document.parseResult.value;
            const imported = new Set(isTheory(root) ? importedUris(document.uri, root).map(u => u.toString()) : []);
            imported.delete(own);
            // A name two imported files define is left out: linking to either would be a guess, and which
            // one a guess picks would depend on the order the files were loaded in.
            const fromImports = imported.size > 0 ? this.indexManager.allElements(undefined, imported).filter(fits).toArray() : [];
            const ambiguous = ambiguousNames(fromImports);
            this.ambiguous.set(key, ambiguous);
            // A MapScope keeps the last of equal names: reversed, the first written wins; own names before imported.
            const outer = fromImports.length > 0 ? new MapScope(fromImports.filter(d => !ambiguous.has(d.name)).reverse()) : undefined;
            return new MapScope(this.indexManager.allElements(undefined, new Set([own])).filter(fits).toArray().reverse(), outer);
        });
    }

    /** The URIs of the imported files that each define `name`, when more than one does; else undefined. */
    ambiguousFiles(context: ReferenceInfo, name: string): string[] | undefined {
        const kinds = expectedKinds(context);
        if (kinds.length === 0) return undefined;
        const document = AstUtils.getDocument(context.container);
        const key = `${document.uri.toString()}|${kinds.join(',')}`;
        if (!this.ambiguous.has(key)) this.getScope(context);
        return this.ambiguous.get(key)?.get(name);
    }

    /** Every named element visible from where the reference stands, whatever its kind. */
    visibleElements(context: ReferenceInfo) {
        const document = AstUtils.getDocument(context.container);
        const root = document.parseResult.value;
        const uris = new Set<string>([document.uri.toString()]);
        if (isTheory(root)) {
            for (const uri of importedUris(document.uri, root)) uris.add(uri.toString());
        }
        // This file's own names come first, so they win over an imported name that is the same.
        const own = this.indexManager.allElements(undefined, new Set([document.uri.toString()]));
        uris.delete(document.uri.toString());
        const imported = uris.size > 0 ? this.indexManager.allElements(undefined, uris) : stream<AstNodeDescription>([]);
        return stream(own, imported);
    }
}

function ambiguousNames(descriptions: AstNodeDescription[]): Map<string, string[]> {
    const files = new Map<string, Set<string>>();
    for (const d of descriptions) (files.get(d.name) ?? files.set(d.name, new Set()).get(d.name)!).add(d.documentUri.toString());
    const out = new Map<string, string[]>();
    for (const [name, uris] of files) if (uris.size > 1) out.set(name, [...uris]);
    return out;
}
