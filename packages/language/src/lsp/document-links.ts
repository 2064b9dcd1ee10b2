/** `import "x.toc"`: the path is a link to that file. */
import type { LangiumDocument } from 'langium';
import type { DocumentLinkProvider } from 'langium/lsp';
import type { DocumentLink, DocumentLinkParams } from 'vscode-languageserver';
import { isTheory } from '../generated/ast.js';
import { resolveImport } from '../scoping/imports.js';
import { GrammarUtils } from 'langium';

export class TocDocumentLinkProvider implements DocumentLinkProvider {
    getDocumentLinks(document: LangiumDocument, _params: DocumentLinkParams): DocumentLink[] {
        const root = document.parseResult.value;
        if (!isTheory(root)) return [];
        const links: DocumentLink[] = [];
        for (const imp of root.imports) {
            const target = resolveImport(document.uri, imp);
            const path = GrammarUtils.findNodeForProperty(imp.$cstNode, 'path');
            if (target && path) links.push({ range: path.range, target: target.toString() });
        }
        return links;
    }
}
