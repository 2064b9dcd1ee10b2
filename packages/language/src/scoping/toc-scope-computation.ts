/**
 * Every named element of a file goes into the index, however deeply it is nested, because names are
 * unique per file and a measurement at top level may name an indicator deep inside a result.
 * Visibility (own file plus imports) is decided by TocScopeProvider, not here.
 */
import { Cancellation, DefaultScopeComputation, MultiMap, type AstNode, type AstNodeDescription, type LangiumDocument, type LocalSymbols } from 'langium';
import type { Named } from '../generated/ast.js';
import { astIndex } from '../workspace/ast-index.js';
import { kindOfType } from '../model/element-kinds.js';

export class TocScopeComputation extends DefaultScopeComputation {
    override async collectExportedSymbols(document: LangiumDocument, _cancelToken = Cancellation.CancellationToken.None): Promise<AstNodeDescription[]> {
        const exports: AstNodeDescription[] = [];
        const root = document.parseResult.value;
        for (const node of astIndex(root).nodes) {
            // The named kinds by `$type` (they have no subtypes): isNamed without the reflection.
            if (node !== root && kindOfType(node.$type) && (node as Named).name) {
                exports.push(this.descriptions.createDescription(node, (node as Named).name, document));
            }
        }
        return exports;
    }

    override async collectLocalSymbols(_document: LangiumDocument, _cancelToken = Cancellation.CancellationToken.None): Promise<LocalSymbols> {
        return new MultiMap<AstNode, AstNodeDescription>();
    }
}
