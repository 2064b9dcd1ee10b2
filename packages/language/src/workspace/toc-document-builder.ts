/**
 * Three things Langium's builder does not know about:
 * - an imported file that is not open or in the workspace is read through the injected file system
 *   (the disk in Node, the client's files in a browser) and built along, so
 *   `import "../gedeeld/uitdagingen.toc"` works from any file, an untitled one included;
 * - the toc.config.json files that apply are read before the checks run: a browser can only read them
 *   asynchronously, while the checks ask for them synchronously;
 * - an imported file is checked again when a file importing it changes: whether its challenge has a
 *   goal, or its goal an action, may now be answered by the importer.
 */
import { Cancellation, DefaultDocumentBuilder, DocumentState, URI, UriUtils, type BuildOptions, type LangiumDocument } from 'langium';
import { isTheory } from '../generated/ast.js';
import { importedUris } from '../scoping/imports.js';
import type { TocServices } from '../toc-module.js';

export class TocDocumentBuilder extends DefaultDocumentBuilder {
    protected override async buildDocuments(documents: LangiumDocument[], options: BuildOptions, cancelToken: Cancellation.CancellationToken): Promise<void> {
        // Parse first, so the imports are known, then bring in the imported files not loaded yet.
        await this.runCancelable(documents, DocumentState.Parsed, cancelToken, doc => this.langiumDocumentFactory.update(doc, cancelToken));
        const extra = await this.loadMissingImports(documents);
        await this.prepareConfigs(extra.length > 0 ? [...documents, ...extra] : documents);
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
                if (!await this.existsAsFile(uri)) continue; // the import check reports it
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

    private async existsAsFile(uri: URI): Promise<boolean> {
        try {
            return (await this.fileSystemProvider.stat(uri)).isFile;
        } catch {
            return false;
        }
    }

    private async prepareConfigs(documents: LangiumDocument[]): Promise<void> {
        const folders = new Set<string>();
        for (const doc of documents) {
            const folder = UriUtils.dirname(doc.uri).toString();
            if (folders.has(folder)) continue;
            folders.add(folder);
            const services = this.serviceRegistry.getServices(doc.uri) as Partial<TocServices>;
            await services.config?.ConfigProvider.prepare(doc.uri);
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
