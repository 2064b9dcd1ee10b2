/**
 * Langium's linker and reference index, reading the references from the shared walk (astIndex)
 * instead of walking every node of the tree again, each with an await: same references, same order.
 */
import {
    AstUtils, Cancellation, DocumentState,
    DefaultLinker, DefaultReferenceDescriptionProvider, interruptAndCheck, type LangiumDocument, type ReferenceDescription, type ReferenceInfo,
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
     * new build has only parsed the text) would be resolved against the last build's index: into the old tree,
     * and for good, since the link phase leaves resolved references alone. Every arrow to a goal whose text
     * changed was then lost ("0 acties", warnings as if no action aimed at it). Such an early read is answered
     * "not resolved yet", which Langium does not keep (test/language/early-reads.test.ts).
     */
    override getLinkedNode(refInfo: ReferenceInfo): ReturnType<DefaultLinker['getLinkedNode']> {
        const document = AstUtils.findRootNode(refInfo.container).$document;
        if (document && document.state < DocumentState.ComputedScopes) return { error: this.createLinkingError(refInfo) };
        return super.getLinkedNode(refInfo);
    }
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
