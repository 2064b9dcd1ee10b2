/**
 * A file that is imported gets checked again when a file importing it changes: whether its challenge
 * has a goal, or its goal an action, may now be answered by the importer.
 */
import { DefaultDocumentBuilder, URI, type LangiumDocument } from 'langium';
import { isTheory } from '../generated/ast.js';
import { importedUris } from '../scoping/imports.js';

export class TocDocumentBuilder extends DefaultDocumentBuilder {
    protected override shouldRelink(document: LangiumDocument, changedUris: Set<string>): boolean {
        if (super.shouldRelink(document, changedUris)) return true;
        const target = document.uri.toString();
        for (const changed of changedUris) {
            const importer = this.langiumDocuments.getDocument(URI.parse(changed));
            const root = importer?.parseResult?.value;
            if (importer && isTheory(root) && importedUris(importer.uri, root).some(u => u.toString() === target)) return true;
        }
        return false;
    }
}
