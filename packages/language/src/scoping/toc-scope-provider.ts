/**
 * What a name may refer to: the named elements of this file and of the files it imports, filtered to
 * the kinds that fit where the name stands (an action contributes to subgoals and goals, a subgoal to
 * subgoals and goals, a goal to challenges; a top-level measurement names an indicator).
 */
import { AstUtils, DefaultScopeProvider, DocumentState, EMPTY_SCOPE, MapScope, stream, WorkspaceCache, type AstNodeDescription, type LangiumCoreServices, type ReferenceInfo, type Scope } from 'langium';
import { isAction, isGoal, isSubgoal, isTheory, isTopMeasurement } from '../generated/ast.js';
import type { ElementKind } from '../i18n/messages.js';
import { importedUris } from './imports.js';

const TYPE_KIND: Record<string, ElementKind> = {
    Challenge: 'challenge', Goal: 'goal', Subgoal: 'subgoal', Action: 'action', Result: 'result', Indicator: 'indicator',
};

export function kindOfType(type: string): ElementKind | undefined {
    return TYPE_KIND[type];
}

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

    constructor(services: LangiumCoreServices) {
        super(services);
        // Cleared once a build has indexed the files' names, before linking needs them again.
        this.scopes = new WorkspaceCache(services.shared, DocumentState.IndexedContent);
    }

    override getScope(context: ReferenceInfo): Scope {
        const kinds = expectedKinds(context);
        if (kinds.length === 0) return EMPTY_SCOPE;
        const document = AstUtils.getDocument(context.container);
        const key = `${document.uri.toString()}|${kinds.join(',')}`;
        // An element naming itself resolves: the cycle check then says "S → S", clearer than "not found".
        return this.scopes.get(key, () => {
            const fits = (d: AstNodeDescription) => kinds.includes(TYPE_KIND[d.type]);
            const own = document.uri.toString();
            const root = document.parseResult.value;
            const imported = new Set(isTheory(root) ? importedUris(document.uri, root).map(u => u.toString()) : []);
            imported.delete(own);
            // A MapScope keeps the last of equal names: reversed, the first written wins; own names before imported.
            const outer = imported.size > 0 ? new MapScope(this.indexManager.allElements(undefined, imported).filter(fits).toArray().reverse()) : undefined;
            return new MapScope(this.indexManager.allElements(undefined, new Set([own])).filter(fits).toArray().reverse(), outer);
        });
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
