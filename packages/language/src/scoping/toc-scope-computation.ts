/**
 * Every named element of a file goes into the index, however deeply it is nested, because names are
 * unique per file and a measurement at top level may name an indicator deep inside a result.
 * Visibility (own file plus imports) is decided by TocScopeProvider, not here.
 */
import { DefaultScopeComputation, MultiMap, type AstNode, type AstNodeDescription, type LangiumDocument, type LocalSymbols } from 'langium';
import { CancellationToken } from 'vscode-languageserver';
import { isNamed } from '../generated/ast.js';
import { astIndex } from '../workspace/ast-index.js';

export class TocScopeComputation extends DefaultScopeComputation {
    override async collectExportedSymbols(document: LangiumDocument, _cancelToken = CancellationToken.None): Promise<AstNodeDescription[]> {
        const exports: AstNodeDescription[] = [];
        const root = document.parseResult.value;
        for (const node of astIndex(root).nodes) {
            if (node !== root && isNamed(node) && node.name) {
                exports.push(this.descriptions.createDescription(node, node.name, document));
            }
        }
        return exports;
    }

    override async collectLocalSymbols(_document: LangiumDocument, _cancelToken = CancellationToken.None): Promise<LocalSymbols> {
        return new MultiMap<AstNode, AstNodeDescription>();
    }
}
