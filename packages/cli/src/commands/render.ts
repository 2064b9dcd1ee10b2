/** `toc render FILE`: the diagram as SVG or PNG, drawn by the same renderer as the editor's preview. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { encodingProblemMessage, theoryToJson, type TheoryJson } from 'toc-language';
import { collectTocFiles, contextFiles, loadWorkspace, toFileDiagnostics } from 'toc-language/node';
import { orList, pickFormat, refuseProtected, writeOutput } from '../output.js';
import { fontsAvailable, svgToPng } from '../render/png.js';
import { renderSvg } from '../render/svg.js';
import { madeOn, today } from '../report/words.js';
import { reportMessages } from '../messages.js';
import { displayPath, loadTheory, reportErrors, type LoadedTheory } from '../theory.js';
import { parseOptions } from '../options.js';
import { EXIT, UsageError, type Io } from '../usage.js';

const FORMATS = ['svg', 'png', 'pdf'] as const;
const PAPERS = ['A3', 'A2'] as const;
const DIRECTIONS = ['right', 'down'] as const;
const THEMES = ['light', 'dark', 'high-contrast'] as const;

export const RENDER_HELP = `Usage: toc render [options] FILE
       toc render [options] --out-dir DIR FILES or FOLDERS...

Draws the theory of change as a picture: challenges, goals, subgoals and actions
with their contributions, and each action's results with their status.

Options:
  -o, --output OUT         write to OUT instead of the screen
  --out-dir DIR            draw every file given (folders are searched) in one
                           go, each into DIR under its own name: plan.toc
                           becomes DIR/plan.svg (or .png, .pdf with --format)
  --format svg|png|pdf     svg (default; sharp at any size), png (for slides and
                           mail) or pdf (a poster to print: vector, with title,
                           legend and date, fitted to the page); without
                           --format, the extension of OUT decides
  --paper A3|A2            pdf only: the paper size (default A3)
  --landscape              pdf only: the page on its side
  --direction right|down   reading direction: right (default) or down
  --theme light|dark|high-contrast
                           colours (default light)
  --details                each box with its description, owner, and a card per
                           result with its norm and indicators (default: compact
                           boxes with the name, horizon and a light per result)
  --no-results             draw only the chain, without the results
  --scale N                png only: N times the drawing's own size (default 2)
  --width N                png only: exactly N pixels wide (the height follows)
  -h, --help               show this help

A PNG is never written to a terminal: use -o.

Examples:
  toc render zorgzame-buurt.toc -o diagram.svg
  toc render zorgzame-buurt.toc -o diagram.png --width 1600
  toc render zorgzame-buurt.toc --details -o poster.svg
  toc render zorgzame-buurt.toc --format png --scale 3 -o poster.png
  toc render zorgzame-buurt.toc --direction down --theme dark --no-results > keten.svg
  toc render zorgzame-buurt.toc --paper A2 --landscape -o poster.pdf
  toc render plannen/ --out-dir docs/schemas
`;

export async function render(args: string[], io: Io): Promise<number> {
    const { values, positionals } = parseOptions(args, {
        output: { type: 'string', short: 'o' },
        'out-dir': { type: 'string' },
        format: { type: 'string' },
        direction: { type: 'string', default: 'right' },
        theme: { type: 'string', default: 'light' },
        'no-results': { type: 'boolean' },
        details: { type: 'boolean' },
        scale: { type: 'string' },
        width: { type: 'string' },
        paper: { type: 'string' },
        landscape: { type: 'boolean' },
    });
    const outDir = values['out-dir'];
    if (outDir !== undefined && values.output !== undefined) throw new UsageError('-o names one picture and --out-dir a folder for many: give one of them');
    if (outDir === undefined && positionals.length > 1) throw new UsageError(`takes one .toc file, not ${positionals.length}; to draw many at once, add --out-dir DIR (see toc render --help)`);
    const format = pickFormat(values.format, values.output, FORMATS, 'svg');
    const direction = oneOf('--direction', values.direction!, DIRECTIONS);
    const theme = oneOf('--theme', values.theme!, THEMES);
    const scale = positive('--scale', values.scale, 0.1, 20);
    const width = positive('--width', values.width, 16, 20000);
    if (format !== 'png' && (scale !== undefined || width !== undefined)) throw new UsageError('--scale and --width only apply to --format png');
    if (format === 'png' && outDir === undefined && (values.output === undefined || values.output === '-') && process.stdout.isTTY) {
        throw new UsageError('a PNG cannot be shown in a terminal; write it to a file with -o diagram.png');
    }
    if (format !== 'pdf' && (values.paper !== undefined || values.landscape)) throw new UsageError('--paper and --landscape only apply to --format pdf');
    const paper = oneOf('--paper', (values.paper ?? 'A3').toUpperCase(), PAPERS);
    if (format === 'pdf' && outDir === undefined && (values.output === undefined || values.output === '-') && process.stdout.isTTY) {
        throw new UsageError('a PDF cannot be shown in a terminal; write it to a file with -o poster.pdf');
    }

    const drawing: Drawing = { format, direction, theme, showResults: !values['no-results'], details: values.details ?? false, paper, landscape: !!values.landscape, scale, width };
    if (outDir !== undefined) return renderMany(positionals, outDir, drawing, io);
    if (positionals[0] !== undefined && isFolder(positionals[0])) throw new UsageError(`${positionals[0]}: is a folder; give one .toc file, or draw all of them with --out-dir DIR`);

    const theory = await loadTheory(positionals[0], 'render');
    if (format === 'png' && !fontsAvailable()) io.err('toc render: no fonts found, so the PNG will have no text; install some (Debian: apt-get install fonts-dejavu-core)\n');
    writeOutput(values.output, await draw(theory, drawing));
    return reportErrors(theory, io);
}

interface Drawing {
    format: typeof FORMATS[number];
    direction: typeof DIRECTIONS[number];
    theme: typeof THEMES[number];
    showResults: boolean;
    details: boolean;
    paper: typeof PAPERS[number];
    landscape: boolean;
    scale: number | undefined;
    width: number | undefined;
}

/** One theory as the asked format: SVG text, or PNG or PDF bytes. */
async function draw(theory: LoadedTheory, d: Drawing): Promise<string | Uint8Array> {
    const svg = await renderSvg(theory.json, { direction: d.direction, theme: d.theme, showResults: d.showResults, details: d.details });
    if (d.format === 'pdf') {
        const m = reportMessages(theory.json.lang);
        const title = theory.json.title ?? displayPath(theory.file);
        // The PDF writer (pdfkit, juice) loads only for a PDF: most renders are SVG.
        const { svgToPdf } = await import('../render/pdf.js');
        return svgToPdf(svg, { paper: d.paper, landscape: d.landscape, title, footer: m.source(displayPath(theory.file), today()), madeOn: madeOn() });
    }
    if (d.format === 'png') return svgToPng(svg, { scale: d.scale, width: d.width }).png;
    return svg;
}

/**
 * `--out-dir`: every file in one process, for a docs build. The files are loaded and checked together
 * (with the files around them, as `toc check` does), then drawn one by one, each into DIR under its own
 * base name. Two inputs with the same name would overwrite each other: refused before anything is drawn.
 */
async function renderMany(paths: string[], outDir: string, d: Drawing, io: Io): Promise<number> {
    if (paths.length === 0) throw new UsageError('give the .toc files or folders to draw into --out-dir (see toc render --help)');
    const files = collectTocFiles(paths);
    if (files.length === 0) throw new UsageError(`no .toc files found in ${paths.join(', ')}`);
    const sources = new Map<string, string>(); // output -> input
    const outputs = new Map<string, string>(); // input -> output
    for (const file of files) {
        const out = path.join(outDir, `${path.basename(file, path.extname(file))}.${d.format}`);
        const twin = sources.get(out);
        if (twin !== undefined) throw new UsageError(`${displayPath(twin)} and ${displayPath(file)} would both be drawn into ${out}; draw them into different folders`);
        refuseProtected(out);
        sources.set(out, file);
        outputs.set(file, out);
    }
    try {
        fs.mkdirSync(outDir, { recursive: true });
    } catch {
        throw new UsageError(`${outDir}: cannot make the folder`);
    }
    if (d.format === 'png' && !fontsAvailable()) io.err('toc render: no fonts found, so the PNGs will have no text; install some (Debian: apt-get install fonts-dejavu-core)\n');
    const { services, documents, encodingProblems } = await loadWorkspace(files, undefined, contextFiles(files));
    let exit: number = EXIT.ok;
    for (const doc of documents) {
        const file = doc.uri.fsPath;
        const problem = encodingProblems.get(file);
        if (problem) {
            // As for one file: a picture drawn from text that lost its é's would spread the loss.
            io.err(`toc render: ${displayPath(file)}: ${encodingProblemMessage('en', problem)}; not drawn\n`);
            exit = EXIT.problems;
            continue;
        }
        const json: TheoryJson = theoryToJson(services.model.TheoryModelProvider.modelOf(doc), doc.diagnostics ?? []);
        const theory: LoadedTheory = { file, json, diagnostics: toFileDiagnostics(file, doc.diagnostics ?? []) };
        writeOutput(outputs.get(file), await draw(theory, d));
        exit = Math.max(exit, reportErrors(theory, io));
    }
    if (io.isTty) io.err(`toc render: ${documents.length} diagram${documents.length === 1 ? '' : 's'} in ${outDir}\n`);
    return exit;
}

function isFolder(p: string): boolean {
    try {
        return fs.statSync(p).isDirectory();
    } catch {
        return false;
    }
}

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
    if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`${flag} takes ${orList(allowed)}, not "${value}"`);
    return value as T;
}

function positive(flag: string, value: string | undefined, min: number, max: number): number | undefined {
    if (value === undefined) return undefined;
    const n = Number(value);
    if (!Number.isFinite(n) || n < min || n > max) throw new UsageError(`${flag} takes a number from ${min} to ${max}, not "${value}"`);
    return n;
}
