/** `toc export json|mermaid|dot FILE`: the theory for other tools, with the diagram's nodes and edges. */
import { toDot } from '../export/dot.js';
import { toMermaid } from '../export/mermaid.js';
import { formatOfExtension, orList, refuseProtected, writeOutput } from '../output.js';
import { loadTheory, reportErrors } from '../theory.js';
import { atMostOneFile, parseOptions } from '../options.js';
import { UsageError, type Io } from '../usage.js';

const KINDS = ['json', 'mermaid', 'dot'] as const;

export const EXPORT_HELP = `Usage: toc export json|mermaid|dot [options] FILE

Writes the theory in a form other tools read:
  json      the resolved theory (elements, contributions, results with their
            status, checks per element): see docs/model-json.md
  mermaid   a Mermaid flowchart: paste it in a \`\`\`mermaid block and GitHub,
            GitLab, Notion or Obsidian draw it
  dot       a Graphviz graph: dot -Tpdf theory.dot -o theory.pdf

Options:
  -o, --output OUT   write to OUT instead of the screen
  -h, --help         show this help

Examples:
  toc export json zorgzame-buurt.toc > theory.json
  toc export mermaid zorgzame-buurt.toc -o diagram.mmd
  toc export dot zorgzame-buurt.toc | dot -Tsvg > diagram.svg
`;

export async function exportCommand(args: string[], io: Io): Promise<number> {
    const { values, positionals } = parseOptions(args, {
        output: { type: 'string', short: 'o' },
    });
    const [kind, ...files] = positionals;
    if (!kind) throw new UsageError(`say what to export: ${orList(KINDS)} (see toc export --help)`);
    if (!(KINDS as readonly string[]).includes(kind)) throw new UsageError(`can export ${orList(KINDS)}, not "${kind}"`);
    const file = atMostOneFile(files, 'export');
    refuseProtected(values.output);
    formatOfExtension(values.output, ['json', 'mmd', 'dot']); // the kind decides; the extension must still be one of them
    const theory = await loadTheory(file, 'export');
    const text = kind === 'json' ? JSON.stringify(theory.json, null, 2) + '\n'
        : kind === 'mermaid' ? toMermaid(theory.json)
            : toDot(theory.json);
    writeOutput(values.output, text);
    return reportErrors(theory, io);
}
