/** Files held in memory, read by Langium when it updates a document the way the editor changes it. */
import { EmptyFileSystemProvider, URI, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';

export class MemoryFiles extends EmptyFileSystemProvider {
    readonly texts = new Map<string, string>();
    private opened = 0;

    /** Holds `text` as a new file under `memory:///folder/`, and builds it as a document of `shared`, checks included. */
    async open(shared: LangiumSharedCoreServices, folder: string, text: string): Promise<LangiumDocument> {
        const uri = URI.parse(`memory:///${folder}/${++this.opened}/main.toc`);
        this.texts.set(uri.toString(), text);
        const doc = shared.workspace.LangiumDocumentFactory.fromString(text, uri);
        shared.workspace.LangiumDocuments.addDocument(doc);
        await shared.workspace.DocumentBuilder.build([doc], { validation: true });
        return doc;
    }
    override async readFile(uri?: URI): Promise<string> {
        return this.readFileSync(uri);
    }
    override readFileSync(uri?: URI): string {
        if (!uri) throw new Error('no file named');
        const text = this.texts.get(uri.toString());
        if (text === undefined) throw new Error(`no such file: ${uri.toString()}`);
        return text;
    }
}
