/** Go to definition: names (in this file or an imported one, as Langium resolves them) and `import "x.toc"` paths. */
import { AstUtils, CstUtils, type LangiumDocument } from 'langium';
import { DefaultDefinitionProvider } from 'langium/lsp';
import type { MaybePromise } from 'langium';
import { LocationLink, type DefinitionParams } from 'vscode-languageserver';
import { isImport } from '../generated/ast.js';
import { resolveImport } from '../scoping/imports.js';

const START = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

export class TocDefinitionProvider extends DefaultDefinitionProvider {
    override getDefinition(document: LangiumDocument, params: DefinitionParams): MaybePromise<LocationLink[] | undefined> {
        const root = document.parseResult.value.$cstNode;
        const leaf = root && CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(params.position));
        const imp = leaf && AstUtils.getContainerOfType(leaf.astNode, isImport);
        if (leaf && imp && imp.$cstNode) {
            const target = resolveImport(document.uri, imp);
            return target ? [LocationLink.create(target.toString(), START, START, imp.$cstNode.range)] : undefined;
        }
        return super.getDefinition(document, params);
    }
}
