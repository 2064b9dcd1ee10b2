/**
 * The files of the editor that started the server, for a language server without a disk (a Web Worker in
 * a browser or in VS Code for the Web). The server asks with the request `toc/readFile { uri }` and the
 * client answers `{ text }`, or null when there is no such file (protocol.ts, ARCHITECTURE.md "LSP extensions").
 *
 * Reads are asynchronous, as the client's are. A synchronous read answers what the last asynchronous read
 * of that URI found (the document builder and the config provider read asynchronously first).
 */
import type { FileSystemNode, FileSystemProvider, URI } from 'langium';
import type { Connection } from 'vscode-languageserver';
import { READ_FILE_METHOD, type ReadFileParams, type ReadFileResult } from '../protocol.js';

export class ClientFileSystemProvider implements FileSystemProvider {
    /** The last answer per URI; undefined text: no such file. */
    private readonly known = new Map<string, string | undefined>();

    constructor(private readonly connection: Connection) {}

    async readFile(uri: URI): Promise<string> {
        let text: string | undefined;
        try {
            const result = await this.connection.sendRequest<ReadFileResult>(READ_FILE_METHOD, { uri: uri.toString() } satisfies ReadFileParams);
            text = typeof result?.text === 'string' ? result.text : undefined;
        } catch {
            text = undefined; // a client that does not know the request has no files to give
        }
        this.known.set(uri.toString(), text);
        return found(uri, text);
    }

    readFileSync(uri: URI): string {
        return found(uri, this.known.get(uri.toString()));
    }

    async stat(uri: URI): Promise<FileSystemNode> {
        await this.readFile(uri);
        return this.statSync(uri);
    }

    statSync(uri: URI): FileSystemNode {
        found(uri, this.known.get(uri.toString()));
        return { uri, isFile: true, isDirectory: false };
    }

    async exists(uri: URI): Promise<boolean> {
        return this.readFile(uri).then(() => true, () => false);
    }

    existsSync(uri: URI): boolean {
        return this.known.get(uri.toString()) !== undefined;
    }

    async readBinary(uri: URI): Promise<Uint8Array> {
        return new TextEncoder().encode(await this.readFile(uri));
    }

    readBinarySync(uri: URI): Uint8Array {
        return new TextEncoder().encode(this.readFileSync(uri));
    }

    /** The workspace is what the client opens: the server does not list folders. */
    async readDirectory(): Promise<FileSystemNode[]> {
        return [];
    }

    readDirectorySync(): FileSystemNode[] {
        return [];
    }
}

function found(uri: URI, text: string | undefined): string {
    if (text === undefined) throw new Error(`no such file: ${uri.toString()}`);
    return text;
}
