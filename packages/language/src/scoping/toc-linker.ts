/**
 * Langium's linker and reference index, reading the references from the shared walk (astIndex)
 * instead of walking every node of the tree again, each with an await: same references, same order.
 */
import {
    Cancellation,
    DefaultLinker, DefaultReferenceDescriptionProvider, interruptAndCheck, type LangiumDocument, type ReferenceDescription, type ReferenceInfo, type AstNode,
} from 'langium';
import { astIndex } from '../workspace/ast-index.js';

export class TocLinker extends DefaultLinker {
    override async link(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        if (this.profiler?.isActive('linking')) return super.link(document, cancelToken);
        await interruptAndCheck(cancelToken);
        for (const ref of astIndex(document.parseResult.value).references) {
            await interruptAndCheck(cancelToken);
            this.doLink(ref, document);
        }
    }

    /**
     * A reference read before its document's names are indexed again (an editor request that runs while a
     * new build has only parsed the text) is resolved against the last build's index, whose elements may be
     * of the old tree: a goal parsed again is a new node. Kept, since the link phase leaves resolved
     * references alone, every arrow to that goal was lost ("0 acties", warnings as if no action aimed at it).
     * A target that is no longer in its tree is answered "not resolved yet", which Langium does not keep
     * before the scopes are computed (test/language/early-reads.test.ts).
     */
    override getLinkedNode(refInfo: ReferenceInfo): ReturnType<DefaultLinker['getLinkedNode']> {
        const found = super.getLinkedNode(refInfo);
        if (found.node && !stillInTree(found.node)) return { error: this.createLinkingError(refInfo) };
        return found;
    }
}

/** Whether a node is still where its parent holds it, up to the root: a replaced element is not. */
function stillInTree(node: AstNode): boolean {
    for (let n: AstNode = node; n.$container; n = n.$container) {
        const held: unknown = (n.$container as unknown as Record<string, unknown>)[n.$containerProperty ?? ''];
        if (Array.isArray(held) ? held[n.$containerIndex ?? -1] !== n : held !== n) return false;
    }
    return true;
}

export class TocReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    override async createDescriptions(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<ReferenceDescription[]> {
        const descriptions: ReferenceDescription[] = [];
        await interruptAndCheck(cancelToken);
        for (const refInfo of astIndex(document.parseResult.value).references) {
            if (!refInfo.reference.error) descriptions.push(...this.createInfoDescriptions(refInfo));
        }
        return descriptions;
    }
}
