/** `toc render FILE`: the diagram as SVG or PNG, drawn by the same renderer as the editor's preview. */
import { orList, pickFormat, writeOutput } from '../output.js';
import { fontsAvailable, svgToPng } from '../render/png.js';
import { renderSvg } from '../render/svg.js';
import { svgToPdf } from '../render/pdf.js';
import { madeOn, today } from '../report/words.js';
import { reportMessages } from '../messages.js';
import { displayPath, loadTheory } from '../theory.js';
import { atMostOneFile, parseOptions } from '../options.js';
import { UsageError, type Io } from '../usage.js';
import { reportErrors } from './plan.js';

const FORMATS = ['svg', 'png', 'pdf'] as const;
const PAPERS = ['A3', 'A2'] as const;
const DIRECTIONS = ['right', 'down'] as const;
const THEMES = ['light', 'dark', 'high-contrast'] as const;

export const RENDER_HELP = `Usage: toc render [options] FILE

Draws the theory of change as a picture: challenges, goals, subgoals and actions
with their contributions, and each action's results with their status.

Options:
  -o, --output OUT         write to OUT instead of the screen
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
`;

export async function render(args: string[], io: Io): Promise<number> {
    const { values, positionals } = parseOptions(args, {
        output: { type: 'string', short: 'o' },
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
    const file = atMostOneFile(positionals, 'render');
    const format = pickFormat(values.format, values.output, FORMATS, 'svg');
    const direction = oneOf('--direction', values.direction!, DIRECTIONS);
    const theme = oneOf('--theme', values.theme!, THEMES);
    const scale = positive('--scale', values.scale, 0.1, 20);
    const width = positive('--width', values.width, 16, 20000);
    if (format !== 'png' && (scale !== undefined || width !== undefined)) throw new UsageError('--scale and --width only apply to --format png');
    if (format === 'png' && (values.output === undefined || values.output === '-') && process.stdout.isTTY) {
        throw new UsageError('a PNG cannot be shown in a terminal; write it to a file with -o diagram.png');
    }
    if (format !== 'pdf' && (values.paper !== undefined || values.landscape)) throw new UsageError('--paper and --landscape only apply to --format pdf');
    const paper = oneOf('--paper', (values.paper ?? 'A3').toUpperCase(), PAPERS);
    if (format === 'pdf' && (values.output === undefined || values.output === '-') && process.stdout.isTTY) {
        throw new UsageError('a PDF cannot be shown in a terminal; write it to a file with -o poster.pdf');
    }

    const theory = await loadTheory(file, 'render');
    const svg = await renderSvg(theory.json, { direction, theme, showResults: !values['no-results'], details: values.details ?? false });
    if (format === 'pdf') {
        const m = reportMessages(theory.json.lang);
        const title = theory.json.title ?? displayPath(theory.file);
        writeOutput(values.output, await svgToPdf(svg, { paper, landscape: !!values.landscape, title, footer: m.source(displayPath(theory.file), today()), madeOn: madeOn() }));
    } else if (format === 'png') {
        if (!fontsAvailable()) io.err('toc render: no fonts found, so the PNG will have no text; install some (Debian: apt-get install fonts-dejavu-core)\n');
        writeOutput(values.output, svgToPng(svg, { scale, width }).png);
    } else {
        writeOutput(values.output, svg);
    }
    return reportErrors(theory, io);
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
