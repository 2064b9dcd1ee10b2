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
     * of the old tree: a goal parsed again is a new node, and a text parsed in full is all new nodes. Kept,
     * since the link phase leaves resolved references alone, every arrow to that goal was lost ("0 acties",
     * warnings as if no action aimed at it; in the diagram, old elements drawn as another file's).
     * A target that is no longer in its tree is answered "not resolved yet", which Langium does not keep
     * before the scopes are computed (test/language/early-reads.test.ts).
     */
    override getLinkedNode(refInfo: ReferenceInfo): ReturnType<DefaultLinker['getLinkedNode']> {
        const found = super.getLinkedNode(refInfo);
        if (found.node && !stillInTree(found.node)) return { error: this.createLinkingError(refInfo) };
        return found;
    }
}

/**
 * Whether a node is still where its parent holds it, up to the root, and that root is still its document's:
 * a replaced element is not, nor is any node of a text that was parsed anew in full (a new root).
 */
function stillInTree(node: AstNode): boolean {
    let n = node;
    for (; n.$container; n = n.$container) {
        const held: unknown = (n.$container as unknown as Record<string, unknown>)[n.$containerProperty ?? ''];
        if (Array.isArray(held) ? held[n.$containerIndex ?? -1] !== n : held !== n) return false;
    }
    return n.$document === undefined || n.$document.parseResult.value === n;
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
