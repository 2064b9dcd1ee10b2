/**
 * The diagram as a printable vector PDF poster (A3 or A2, portrait or landscape): the diagram with its
 * title, vision and legend (drawn by packages/diagram), fitted to the page, and the date it was made.
 *
 * pdfkit writes the PDF and svg-to-pdfkit draws the SVG into it as vectors, so text stays text (it can
 * be searched and copied) and the poster is sharp at any size; a PNG in a PDF would be neither. The SVG
 * styles its boxes with a stylesheet whose selectors svg-to-pdfkit cannot follow, so juice first writes
 * every rule onto the elements it applies to. DejaVu Sans (from dejavu-fonts-ttf) is embedded: it is the
 * font the diagram's text widths are measured with, and it has ≥, ≤ and every accented letter.
 */
import { createRequire } from 'node:module';
import juice from 'juice';
import SVGtoPDF from 'svg-to-pdfkit';

const require = createRequire(import.meta.url);

export type Paper = 'A3' | 'A2';

/** Page sizes in points (1/72 inch). */
const PAPER: Record<Paper, [number, number]> = { A3: [841.89, 1190.55], A2: [1190.55, 1683.78] };
const MARGIN = 36;
const FOOTER = 18;

export interface PdfOptions {
    paper: Paper;
    landscape: boolean;
    title: string;
    /** The line under the poster: "Gemaakt op 2026-11-25". */
    footer: string;
    madeOn: Date;
}

export async function svgToPdf(svg: string, options: PdfOptions): Promise<Uint8Array> {
    // pdfkit stays outside the command line's bundle (it reads its own data files); loaded only here.
    const PDFDocument = require('pdfkit') as typeof import('pdfkit');
    const [short, long] = PAPER[options.paper];
    const [w, h] = options.landscape ? [long, short] : [short, long];
    const font = (file: string) => require.resolve(`dejavu-fonts-ttf/ttf/${file}`);
    const doc = new PDFDocument({
        size: [w, h], margin: 0, font: font('DejaVuSans.ttf'),
        info: { Title: options.title, Creator: 'toc', CreationDate: options.madeOn, ModDate: options.madeOn },
    });
    doc.registerFont('sans', font('DejaVuSans.ttf'));
    doc.registerFont('sans-bold', font('DejaVuSans-Bold.ttf'));
    doc.registerFont('mono', font('DejaVuSansMono.ttf'));
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    const done = new Promise<void>(resolve => doc.on('end', () => resolve()));

    const size = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg);
    const [sw, sh] = size ? [Number(size[1]), Number(size[2])] : [w, h];
    const scale = Math.min((w - 2 * MARGIN) / sw, (h - 2 * MARGIN - FOOTER) / sh);
    const [dw, dh] = [sw * scale, sh * scale];
    // The drawing's own width and height (in px) would win over the page: it gets the fitted size in points.
    const sized = svg.replace(/^(<svg\b[^>]*?)\swidth="[^"]*"\sheight="[^"]*"/, `$1 width="${dw.toFixed(2)}" height="${dh.toFixed(2)}"`);
    const inlined = juice(sized, { xmlMode: true, removeStyleTags: true, preserveImportant: true });
    SVGtoPDF(doc, inlined, (w - dw) / 2, MARGIN, {
        width: dw, height: dh, assumePt: true,
        fontCallback: (family: string, bold: boolean) => (/mono|courier|consol/i.test(family) ? 'mono' : bold ? 'sans-bold' : 'sans'),
    });
    doc.font('sans').fontSize(9).fillColor('#475569').text(options.footer, MARGIN, h - MARGIN - 10, { width: w - 2 * MARGIN, align: 'right', lineBreak: false });
    doc.end();
    await done;
    return new Uint8Array(Buffer.concat(chunks));
}
