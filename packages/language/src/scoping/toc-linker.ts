/**
 * Langium's linker and reference index, reading the references from the shared walk (astIndex)
 * instead of walking every node of the tree again, each with an await: same references, same order.
 */
import {
    Cancellation,
    DefaultLinker, DefaultReferenceDescriptionProvider, interruptAndCheck, type LangiumDocument, type ReferenceDescription,
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
