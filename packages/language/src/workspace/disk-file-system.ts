/**
 * The disk, for the language server under Node and the command line: Langium's Node file system, but only
 * for `file:` URIs. Langium's own reads any URI's path from the disk, so a `vscode-vfs:` or test
 * document would find an unrelated toc.config.json or import that happens to sit at the same path.
 */
import type { FileSystemNode, URI } from 'langium';
import { NodeFileSystemProvider } from 'langium/node';

function onDisk(uri: URI): void {
    if (uri.scheme !== 'file') throw new Error(`not a file on disk: ${uri.toString()}`);
}

export class DiskFileSystemProvider extends NodeFileSystemProvider {
    override async stat(uri: URI): Promise<FileSystemNode> {
        onDisk(uri);
        return super.stat(uri);
    }
    override statSync(uri: URI): FileSystemNode {
        onDisk(uri);
        return super.statSync(uri);
    }
    override async exists(uri: URI): Promise<boolean> {
        return uri.scheme === 'file' && super.exists(uri);
    }
    override existsSync(uri: URI): boolean {
        return uri.scheme === 'file' && super.existsSync(uri);
    }
    override async readBinary(uri: URI): Promise<Uint8Array> {
        onDisk(uri);
        return super.readBinary(uri);
    }
    override readBinarySync(uri: URI): Uint8Array {
        onDisk(uri);
        return super.readBinarySync(uri);
    }
    override async readFile(uri: URI): Promise<string> {
        onDisk(uri);
        return super.readFile(uri);
    }
    override readFileSync(uri: URI): string {
        onDisk(uri);
        return super.readFileSync(uri);
    }
    override async readDirectory(uri: URI): Promise<FileSystemNode[]> {
        onDisk(uri);
        return super.readDirectory(uri);
    }
    override readDirectorySync(uri: URI): FileSystemNode[] {
        onDisk(uri);
        return super.readDirectorySync(uri);
    }
}

export const DiskFileSystem = { fileSystemProvider: () => new DiskFileSystemProvider() };
