/**
 * The disk provider reads `file:` URIs only: a `vscode-vfs:` document that names a path which happens to
 * exist on this disk must not see that file (nor its folder's toc.config.json).
 */
import * as path from 'node:path';
import { URI } from 'langium';
import { NodeFileSystemProvider } from 'langium/node';
import { describe, expect, it } from 'vitest';
import { DiskFileSystemProvider } from '../../packages/language/src/workspace/disk-file-system.js';

const example = path.resolve(__dirname, '../../examples/zorgzame-buurt.toc');
const onDisk = URI.file(example);
const elsewhere = onDisk.with({ scheme: 'vscode-vfs' });
const folderElsewhere = URI.file(path.dirname(example)).with({ scheme: 'vscode-vfs' });

/** Every method Langium's Node provider has: a read Langium adds later is caught here, not on a user's machine. */
const methods = Object.getOwnPropertyNames(NodeFileSystemProvider.prototype).filter(n => n !== 'constructor');

describe('the disk file system', () => {
    const disk = new DiskFileSystemProvider();
    type AnyRead = (uri: URI) => unknown;
    const call = (name: string, uri: URI): unknown => (disk as unknown as Record<string, AnyRead>)[name]!.call(disk, uri);

    it('reads a file: URI as Langium does', async () => {
        expect(await disk.readFile(onDisk)).toContain('uitdaging');
        expect(disk.readFileSync(onDisk)).toContain('uitdaging');
        expect((await disk.stat(onDisk)).isFile).toBe(true);
        expect(await disk.exists(onDisk)).toBe(true);
    });

    it('refuses every read of a URI that is not on the disk, though its path exists there', async () => {
        expect(methods.length).toBeGreaterThanOrEqual(10);
        for (const name of methods) {
            const uri = name.startsWith('readDirectory') ? folderElsewhere : elsewhere;
            if (name.startsWith('exists')) {
                expect(await call(name, uri), name).toBe(false);
            } else if (name.endsWith('Sync')) {
                expect(() => call(name, uri), name).toThrow(/not a file on disk/);
            } else {
                await expect(call(name, uri) as Promise<unknown>, name).rejects.toThrow(/not a file on disk/);
            }
        }
    });
});
