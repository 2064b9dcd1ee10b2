/**
 * Two things Langium's builder does not know about imports:
 * - an imported file that is not open or in the workspace is read from disk and built along, so
 *   `import "../gedeeld/uitdagingen.toc"` works from any file, an untitled one included;
 * - an imported file is checked again when a file importing it changes: whether its challenge has a
 *   goal, or its goal an action, may now be answered by the importer.
 */
import { DefaultDocumentBuilder, DocumentState, URI, type BuildOptions, type LangiumDocument } from 'langium';
import { CancellationToken } from 'vscode-languageserver';
import { isTheory } from '../generated/ast.js';
import { importedUris } from '../scoping/imports.js';

export class TocDocumentBuilder extends DefaultDocumentBuilder {
    protected override async buildDocuments(documents: LangiumDocument[], options: BuildOptions, cancelToken: CancellationToken): Promise<void> {
        // Parse first, so the imports are known, then bring in the imported files not loaded yet.
        await this.runCancelable(documents, DocumentState.Parsed, cancelToken, doc => this.langiumDocumentFactory.update(doc, cancelToken));
        const extra = await this.loadMissingImports(documents);
        return super.buildDocuments(extra.length > 0 ? [...documents, ...extra] : documents, options, cancelToken);
    }

    private async loadMissingImports(documents: LangiumDocument[]): Promise<LangiumDocument[]> {
        const loaded: LangiumDocument[] = [];
        const queue = [...documents];
        while (queue.length > 0) {
            const doc = queue.shift()!;
            const root = doc.parseResult?.value;
            if (!isTheory(root)) continue;
            for (const uri of importedUris(doc.uri, root)) {
                if (!uri.path.toLowerCase().endsWith('.toc') || this.langiumDocuments.hasDocument(uri)) continue;
                if (!this.existsAsFile(uri)) continue; // the import check reports it
                try {
                    const imported = await this.langiumDocuments.getOrCreateDocument(uri);
                    loaded.push(imported);
                    queue.push(imported);
                } catch {
                    // Unreadable: the import check reports it as not found.
                }
            }
        }
        return loaded;
    }

    private existsAsFile(uri: URI): boolean {
        try {
            return this.fileSystemProvider.statSync(uri).isFile;
        } catch {
            return false;
        }
    }

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
