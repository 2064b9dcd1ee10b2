/**
 * The one way every command reads its arguments: node:util's parseArgs, strict, with files as
 * positionals and -h/--help added. Help is answered by main.ts from the command's table entry, so
 * no command prints it itself.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './usage.js';

const HELP = { help: { type: 'boolean', short: 'h' } } as const;

type ParseArgsOptionsConfig = NonNullable<ParseArgsConfig['options']>;

/** Thrown when -h/--help is given: main.ts prints the command's help and exits 0. */
export class HelpRequested extends Error {
    // main.ts knows it by name: each command's bundle has its own copy of this class.
    override name = 'HelpRequested';
}

type Config<O extends ParseArgsOptionsConfig> = { args: string[]; options: O & typeof HELP; allowPositionals: true; strict: true };

export function parseOptions<const O extends ParseArgsOptionsConfig>(args: string[], options: O): ReturnType<typeof parseArgs<Config<O>>> {
    const parsed = parseArgs<Config<O>>({ args, options: { ...options, ...HELP }, allowPositionals: true, strict: true });
    if ((parsed.values as { help?: boolean }).help) throw new HelpRequested();
    return parsed;
}

/** The one .toc file a command takes (none: loadTheory asks for it; more: refused). */
export function atMostOneFile(files: string[], command: string): string | undefined {
    if (files.length > 1) throw new UsageError(`takes one .toc file, not ${files.length} (see toc ${command} --help)`);
    return files[0];
}
