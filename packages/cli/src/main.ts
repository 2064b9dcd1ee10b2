/** `toc`: the command line. Each command lives in commands/; this file only dispatches. */
import { EXIT, processIo, type Io } from './usage.js';

/** A command's code, loaded only when it runs: `toc check` never loads ELK, nor `toc render` the workbook writers. */
interface CommandModule { run: (args: string[], io: Io) => Promise<number>; help: string }
type Command = { load: () => Promise<CommandModule>; summary: string };

// In the bundle each command is a file of its own, with its own code cache (build.mjs turns these imports into loads of dist/commands/*.cjs).
const COMMANDS: Record<string, Command> = {
    init: { load: () => import('./commands/init.js').then(m => ({ run: m.init, help: m.INIT_HELP })), summary: 'start a new theory of change from a filled-in example' },
    check: { load: () => import('./commands/check.js').then(m => ({ run: m.check, help: m.CHECK_HELP })), summary: 'check .toc files and report what the checks find' },
    plan: { load: () => import('./commands/plan.js').then(m => ({ run: m.plan, help: m.PLAN_HELP })), summary: 'write the action plan (Markdown, HTML to mail or print, CSV) or the follow-up workbook (xlsx)' },
    render: { load: () => import('./commands/render.js').then(m => ({ run: m.render, help: m.RENDER_HELP })), summary: 'draw the diagram as SVG or PNG' },
    export: { load: () => import('./commands/export.js').then(m => ({ run: m.exportCommand, help: m.EXPORT_HELP })), summary: 'write the theory as JSON, Mermaid or Graphviz dot' },
    import: { load: () => import('./commands/import.js').then(m => ({ run: m.importCommand, help: m.IMPORT_HELP })), summary: 'write measurements from a filled-in workbook or CSV table into the .toc files' },
    format: { load: () => import('./commands/format.js').then(m => ({ run: m.format, help: m.FORMAT_HELP })), summary: 'put .toc files in the standard layout (or --check)' },
};

function help(): string {
    const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(8)} ${c.summary}`);
    return `Usage: toc <command> [options]

Commands:
${lines.join('\n')}

Run \`toc <command> --help\` for a command's options and examples.
`;
}

export async function main(argv: string[], io: Io = processIo): Promise<number> {
    const [name, ...rest] = argv;
    if (!name || name === '-h' || name === '--help' || name === 'help') {
        io.out(help());
        return name ? EXIT.ok : EXIT.usage;
    }
    if (name === '--version' || name === '-v') {
        io.out('toc 0.1.0\n');
        return EXIT.ok;
    }
    const command = COMMANDS[name];
    if (!command) {
        io.err(`toc: unknown command "${name}" (try: ${Object.keys(COMMANDS).join(', ')}; or toc --help)\n`);
        return EXIT.usage;
    }
    const loaded = await command.load();
    try {
        return await loaded.run(rest, io);
    } catch (e) {
        // By name, not instanceof: the command's bundle has its own copies of these classes (build.mjs).
        if (e instanceof Error && e.name === 'HelpRequested') {
            io.out(loaded.help);
            return EXIT.ok;
        }
        if (e instanceof Error && (e.name === 'UsageError' || e.name === 'PathError')) {
            io.err(`toc ${name}: ${e.message}\n`);
            return EXIT.usage;
        }
        const code = (e as { code?: string }).code;
        if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
            io.err(`toc ${name}: ${optionError(code, (e as Error).message)}; usage: ${usageLine(loaded.help)} (see toc ${name} --help)\n`);
            return EXIT.usage;
        }
        throw e;
    }
}

/**
 * node:util's parseArgs speaks to programmers ("To specify a positional argument starting with a '-',
 * place it at the end …", "argument is ambiguous"): said plainly instead, with the option it is about.
 */
function optionError(code: string, message: string): string {
    const option = /'(-{1,2}[^' ]+)/.exec(message)?.[1] ?? '';
    switch (code) {
        case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': return `unknown option ${option}`;
        case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
            return /ambiguous/.test(message)
                ? `${option} needs a value; one that starts with "-" is written ${option}=-1`
                : `${option} ${/takes no argument|does not take/.test(message) ? 'takes no value' : 'needs a value'}`;
        case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL': return 'too many files or words';
        default: return firstLine(message).replace(/'/g, '"');
    }
}

/** The first line of a command's help without "Usage: ": `toc plan [options] FILE`. */
function usageLine(help: string): string {
    return firstLine(help).replace(/^Usage:\s*/, '');
}

function firstLine(text: string): string {
    return text.split('\n', 1)[0] ?? '';
}

export { COMMANDS };
