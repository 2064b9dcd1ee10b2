/** `toc format FILE…`: rewrites .toc files in the canonical layout, or with --check lists those that are not. */
import * as fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { collectTocFiles } from 'toc-language/node';
import { formatFileText } from '../format/formatter.js';
import { decodeTocBytes, encodingProblemMessage } from 'toc-language';
import { progress, progressDone, reason, writeFileAtomically } from '../output.js';
import { displayPath } from '../theory.js';
import { parseOptions } from '../options.js';
import { EXIT, UsageError, type Io } from '../usage.js';

export const FORMAT_HELP = `Usage: toc format [options] FILES or FOLDERS...

Puts .toc files in the one layout the editor's "Format Document" uses: four
spaces per level, one element or property per line, one blank line between
top-level elements. Only the white space between words changes: texts and
comments stay exactly as written. A file is rewritten only when it changes; its
line endings (LF or CRLF) and byte order mark are kept. Folders are searched
for .toc files.

Options:
  --check      change nothing; list the files that are not formatted and exit
               with code 1 when there is one (for CI)
  -h, --help   show this help

Exit code: 0 done (or all formatted), 1 with --check: some file is not
formatted, 2 bad usage or an unreadable file.

Examples:
  toc format plan.toc
  toc format examples/
  toc format --check .
`;

export async function format(args: string[], io: Io): Promise<number> {
    const { values, positionals } = parseOptions(args, {
        check: { type: 'boolean' },
    });
    if (positionals.length === 0) throw new UsageError('give the files or folders to format, e.g. toc format . (see toc format --help)');
    const files = collectTocFiles(positionals);
    if (files.length === 0) throw new UsageError(`no .toc files found in ${positionals.join(', ')}`);

    const changed: string[] = [];
    let refused = 0;
    const showProgress = files.length > 20;
    for (const [i, file] of files.entries()) {
        if (showProgress) progress(`${values.check ? 'Checking' : 'Formatting'} ${i + 1}/${files.length}: ${displayPath(file)}`);
        let bytes: Uint8Array;
        try {
            bytes = fs.readFileSync(file);
        } catch (e) {
            progressDone();
            throw new UsageError(`${displayPath(file)}: the file cannot be read (${reason(e)})`);
        }
        const { text: original, problem } = decodeTocBytes(bytes);
        if (problem) {
            // Written back, every é the decoder could not read would be U+FFFD for good: left as it is.
            progressDone();
            io.err(`toc format: ${displayPath(file)}: ${encodingProblemMessage('en', problem)}\n`);
            refused++;
            continue;
        }
        const formatted = await formatFileText(original, pathToFileURL(file).href);
        if (formatted === original) continue;
        changed.push(file);
        if (!values.check) {
            writeFileAtomically(file, formatted, displayPath(file));
        }
    }
    if (showProgress) progressDone();

    const n = files.length - refused;
    if (n === 0) return EXIT.usage; // every file was refused, each with its line on stderr
    if (values.check) {
        for (const f of changed) io.out(`not formatted: ${displayPath(f)}\n`);
        io.out(changed.length === 0
            ? `${n} file${n === 1 ? '' : 's'} checked: all formatted\n`
            : `${changed.length} of ${n} file${n === 1 ? '' : 's'} not formatted (run: toc format ${positionals.join(' ')})\n`);
        return refused > 0 ? EXIT.usage : changed.length === 0 ? EXIT.ok : EXIT.problems;
    }
    for (const f of changed) io.out(`formatted: ${displayPath(f)}\n`);
    io.out(`${n} file${n === 1 ? '' : 's'}: ${changed.length} formatted, ${n - changed.length} already in order${refused > 0 ? `; ${refused} not UTF-8 text, left as ${refused === 1 ? 'it is' : 'they are'}` : ''}\n`);
    return refused > 0 ? EXIT.usage : EXIT.ok;
}
