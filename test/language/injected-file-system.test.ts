/**
 * The language reads every file through the injected file system, as a browser's server must: here one that
 * can only read asynchronously (like a client answering `toc/readFile`) and fails every synchronous read
 * it was not asked for first. Imports and toc.config.json must still apply.
 */
import { URI, type FileSystemNode, type FileSystemProvider } from 'langium';
import { describe, expect, it } from 'vitest';
import { createTocServices } from '../../packages/language/src/index.js';

class AsyncOnlyFileSystem implements FileSystemProvider {
    readonly asked: string[] = [];
    private readonly read = new Map<string, string>();
    constructor(private readonly files: Record<string, string>) {}
    async readFile(uri: URI): Promise<string> {
        await new Promise(resolve => setTimeout(resolve, 1)); // truly later, as a message round trip
        this.asked.push(uri.toString());
        const text = this.files[uri.toString()];
        if (text === undefined) throw new Error('no such file');
        this.read.set(uri.toString(), text);
        return text;
    }
    readFileSync(uri: URI): string {
        const text = this.read.get(uri.toString());
        if (text === undefined) throw new Error('not read yet: a browser cannot read synchronously');
        return text;
    }
    async stat(uri: URI): Promise<FileSystemNode> {
        await this.readFile(uri);
        return { uri, isFile: true, isDirectory: false };
    }
    statSync(uri: URI): FileSystemNode {
        this.readFileSync(uri);
        return { uri, isFile: true, isDirectory: false };
    }
    async exists(uri: URI): Promise<boolean> { return this.readFile(uri).then(() => true, () => false); }
    existsSync(uri: URI): boolean { return this.read.has(uri.toString()); }
    async readBinary(uri: URI): Promise<Uint8Array> { return new TextEncoder().encode(await this.readFile(uri)); }
    readBinarySync(uri: URI): Uint8Array { return new TextEncoder().encode(this.readFileSync(uri)); }
    async readDirectory(): Promise<FileSystemNode[]> { return []; }
    readDirectorySync(): FileSystemNode[] { return []; }
}

const MAIN = 'toc-page:/plan/buurtwerk.toc';
const SHARED = 'toc-page:/plan/netwerk.toc';
const CONFIG = 'toc-page:/plan/toc.config.json';

const main = `theorie "Buurtwerk"
import "netwerk.toc"
actie Spelnamiddag KT -> ElkaarKennen "Iedere maand een spelnamiddag."
`;
const shared = `uitdaging Isolement "Gezinnen kennen elkaar niet."
doel Contacten -> Isolement "Meer contacten." {
    tussendoel ElkaarKennen "Gezinnen kennen elkaar."
}
`;

/** `askEarly`: the document's language is asked before the build, as the editor's outline may in a browser. */
async function check(files: Record<string, string>, askEarly = false) {
    const fileSystem = new AsyncOnlyFileSystem(files);
    const { shared: sharedServices, Toc } = createTocServices({ fileSystemProvider: () => fileSystem });
    const documents = sharedServices.workspace.LangiumDocuments;
    const doc = sharedServices.workspace.LangiumDocumentFactory.fromString(main, URI.parse(MAIN));
    documents.addDocument(doc);
    if (askEarly) expect(Toc.i18n.DocumentLanguage.configured(doc)).toBeUndefined(); // nothing read yet
    await sharedServices.workspace.DocumentBuilder.build([doc], { validation: true });
    return { fileSystem, diagnostics: doc.diagnostics ?? [] };
}

describe('the language on a file system that reads only asynchronously (a browser)', () => {
    it('follows an import and applies the toc.config.json beside the file', async () => {
        const { fileSystem, diagnostics } = await check({ [SHARED]: shared, [CONFIG]: '{ "rules": { "action-without-result": "error" } }' });
        expect(fileSystem.asked).toContain(SHARED);
        expect(fileSystem.asked).toContain(CONFIG);
        expect(diagnostics.filter(d => d.code === 'unresolved-reference' || d.code === 'import-not-found')).toEqual([]);
        const noResult = diagnostics.find(d => d.code === 'action-without-result');
        expect(noResult?.severity).toBe(1); // error, as the team's file says (the default is a warning)
    });

    it('applies toc.config.json also when the config was asked for before the build read it', async () => {
        // VS Code for the Web asks for the outline (which asks the document's language) while the build
        // waits for the client's files: that early "no file yet" must not stand for the folder.
        const { diagnostics } = await check({ [SHARED]: shared, [CONFIG]: '{ "rules": { "action-without-result": "error" } }' }, true);
        expect(diagnostics.find(d => d.code === 'action-without-result')?.severity).toBe(1);
    });

    it('without the files: the import is not found and the default severities hold', async () => {
        const { diagnostics } = await check({});
        expect(diagnostics.map(d => d.code)).toContain('import-not-found');
        expect(diagnostics.find(d => d.code === 'action-without-result')?.severity).toBe(2);
    });
});
