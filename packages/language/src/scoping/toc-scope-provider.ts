/**
 * What a name may refer to: the named elements of this file and of the files it imports, filtered to
 * the kinds that fit where the name stands (an action contributes to subgoals and goals, a subgoal to
 * subgoals and goals, a goal to challenges; a top-level measurement names an indicator).
 */
import { AstUtils, DefaultScopeProvider, EMPTY_SCOPE, stream, type AstNodeDescription, type ReferenceInfo, type Scope } from 'langium';
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
    override getScope(context: ReferenceInfo): Scope {
        const kinds = new Set(expectedKinds(context));
        if (kinds.size === 0) return EMPTY_SCOPE;
        // An element naming itself resolves: the cycle check then says "S → S", which is clearer than "not found".
        return this.createScope(this.visibleElements(context).filter(d => kinds.has(TYPE_KIND[d.type])));
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
