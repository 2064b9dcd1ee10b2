// The command line's bundles must be pure ASCII: packages/cli/bin/compile-cache.cjs then reads them as Latin-1,
// which needs no UTF-8 decoding (the 2.3 MB render bundle: about 32 ms of CPU in a fresh process instead of 52 ms,
// issue 19); a file with one byte above 127 is decoded as UTF-8 again. esbuild escapes non-ASCII characters in
// strings (charset ascii) but copies regular expressions as written: write them with \u escapes.
import fs from 'node:fs';
import path from 'node:path';

/** The first non-ASCII character of each file as "file: line L: …text…", none when all are ASCII. */
export function nonAscii(files) {
    const found = [];
    for (const file of files) {
        const bytes = fs.readFileSync(file);
        const at = bytes.findIndex(b => b > 127);
        if (at < 0) continue;
        const line = bytes.subarray(0, at).filter(b => b === 10).length + 1;
        const text = bytes.subarray(Math.max(0, at - 40), at + 20).toString('utf8').replace(/\s+/g, ' ');
        found.push(`${path.basename(file)}: line ${line}: …${text}…`);
    }
    return found;
}
