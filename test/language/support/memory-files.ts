/** Files held in memory, read by Langium when it updates a document the way the editor changes it. */
import { EmptyFileSystemProvider, type URI } from 'langium';

export class MemoryFiles extends EmptyFileSystemProvider {
    readonly texts = new Map<string, string>();
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
