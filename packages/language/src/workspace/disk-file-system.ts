/**
 * The disk, for the language server under Node and the command line: Langium's Node file system, but only
 * for `file:` URIs. Langium's own reads any URI's path from the disk, so a `vscode-vfs:` or test
 * document would find an unrelated toc.config.json or import that happens to sit at the same path.
 */
import type { URI } from 'langium';
import { NodeFileSystemProvider } from 'langium/node';

/** Every read of Langium's provider that takes a URI and must refuse one that is not on the disk. */
const READS: ReadonlyArray<keyof NodeFileSystemProvider> = ['stat', 'statSync', 'readBinary', 'readBinarySync', 'readFile', 'readFileSync', 'readDirectory', 'readDirectorySync'];

export class DiskFileSystemProvider extends NodeFileSystemProvider {
    override async exists(uri: URI): Promise<boolean> {
        return uri.scheme === 'file' && super.exists(uri);
    }
    override existsSync(uri: URI): boolean {
        return uri.scheme === 'file' && super.existsSync(uri);
    }
}

// One guard around each read instead of eight hand-written overrides: the async reads reject, the
// sync ones throw, exactly as Langium's own do for a file that is not there.
for (const name of READS) {
    const read = NodeFileSystemProvider.prototype[name] as (this: NodeFileSystemProvider, uri: URI) => unknown;
    const sync = name.endsWith('Sync');
    const guarded = function (this: NodeFileSystemProvider, uri: URI): unknown {
        if (uri.scheme === 'file') return read.call(this, uri);
        const refused = new Error(`not a file on disk: ${uri.toString()}`);
        if (sync) throw refused;
        return Promise.reject(refused);
    };
    Object.defineProperty(DiskFileSystemProvider.prototype, name, { value: guarded, writable: true, configurable: true });
}

export const DiskFileSystem = { fileSystemProvider: () => new DiskFileSystemProvider() };
