/** `toc`: the command line. Each command lives in commands/; this file only dispatches. */
import { PathError } from 'toc-language/node';
import { check, CHECK_HELP } from './commands/check.js';
import { exportCommand, EXPORT_HELP } from './commands/export.js';
import { format, FORMAT_HELP } from './commands/format.js';
import { init, INIT_HELP } from './commands/init.js';
import { importCommand, IMPORT_HELP } from './commands/import.js';
import { plan, PLAN_HELP } from './commands/plan.js';
import { render, RENDER_HELP } from './commands/render.js';
import { HelpRequested } from './options.js';
import { EXIT, processIo, UsageError, type Io } from './usage.js';

type Command = { run: (args: string[], io: Io) => Promise<number>; help: string; summary: string };

const COMMANDS: Record<string, Command> = {
    init: { run: init, help: INIT_HELP, summary: 'start a new theory of change from a filled-in example' },
    check: { run: check, help: CHECK_HELP, summary: 'check .toc files and report what the checks find' },
    plan: { run: plan, help: PLAN_HELP, summary: 'write the action plan (Markdown, HTML to mail or print, CSV) or the follow-up workbook (xlsx)' },
    render: { run: render, help: RENDER_HELP, summary: 'draw the diagram as SVG or PNG' },
    export: { run: exportCommand, help: EXPORT_HELP, summary: 'write the theory as JSON, Mermaid or Graphviz dot' },
    import: { run: importCommand, help: IMPORT_HELP, summary: 'write measurements from a filled-in workbook or CSV table into the .toc files' },
    format: { run: format, help: FORMAT_HELP, summary: 'put .toc files in the standard layout (or --check)' },
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
    try {
        return await command.run(rest, io);
    } catch (e) {
        if (e instanceof HelpRequested) {
            io.out(command.help);
            return EXIT.ok;
        }
        if (e instanceof UsageError || e instanceof PathError) {
            io.err(`toc ${name}: ${e.message}\n`);
            return EXIT.usage;
        }
        const code = (e as { code?: string }).code;
        if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
            io.err(`toc ${name}: ${optionError(code, (e as Error).message)}; usage: ${usageLine(command.help)} (see toc ${name} --help)\n`);
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
