/**
 * The documents a coordinator hands in, read back by a second library: the Word plan by mammoth, the
 * PDF poster by pdf.js (pdf-parse). What they must hold is taken from the theory itself (toc export
 * json), not written out here, so a new result in the example is checked too.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import mammoth from 'mammoth';
import { PDFParse } from 'pdf-parse';
import type { TheoryJson } from 'toc-language/model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runToc } from '../support/run-toc.js';

const EXAMPLES = ['examples/in-zetje.toc', 'examples/english/neighbourhood-care.toc'];
// SOURCE_DATE_EPOCH fixes the date the documents say they were made: 2026-11-25.
const ENV = { SOURCE_DATE_EPOCH: String(Date.UTC(2026, 10, 25) / 1000) };
let dir: string;
beforeAll(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'toc-documents-')); });
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function theoryOf(file: string): TheoryJson {
    const r = runToc(['export', 'json', file]);
    expect(r.code).toBe(0);
    return JSON.parse(r.stdout) as TheoryJson;
}

describe('toc plan --format docx', () => {
    it.each(EXAMPLES)('%s: mammoth reads every action, result, norm and indicator, numbered goals and the date', async example => {
        const out = path.join(dir, `${path.basename(example, '.toc')}.docx`);
        const r = runToc(['plan', example, '-o', out], { env: ENV });
        expect(r.stderr).toBe('');
        expect(r.code).toBe(0);
        const { value: text } = await mammoth.extractRawText({ path: out });
        const flat = text.replace(/\s+/g, ' ');
        const theory = theoryOf(example);
        const dutch = theory.lang === 'nl';
        expect(flat).toContain(theory.title!);
        const actions = theory.elements.filter(e => e.kind === 'action' && !e.external);
        expect(actions.length).toBeGreaterThan(0);
        for (const action of actions) {
            expect(flat, action.name).toContain(action.name);
            for (const result of action.results) {
                expect(flat, result.id).toContain((result.description ?? result.name)!.replace(/\s+/g, ' '));
                if (result.norm) expect(flat, `norm of ${result.id}`).toContain(result.norm.deadline ? `${result.norm.text} ${dutch ? 'tegen' : 'by'} ${result.norm.deadline}` : result.norm.text);
                for (const indicator of result.indicators) {
                    expect(flat, indicator.id).toContain((indicator.description ?? indicator.name)!.replace(/\s+/g, ' '));
                    const latest = indicator.measurements[indicator.measurements.length - 1];
                    if (latest) expect(flat, `latest of ${indicator.id}`).toContain(`${latest.text} (${latest.date})`);
                }
            }
        }
        const goals = theory.elements.filter(e => e.kind === 'goal' && !e.external);
        expect(flat).toContain(`1 ${goals[0]!.name}`);
        expect(flat).toMatch(new RegExp(`1\\.1 \\w+`));
        expect(flat).toContain(dutch ? 'Opgemaakt op 2026-11-25' : 'Made on 2026-11-25');
        // The diagram is in it as a picture.
        const { value: html } = await mammoth.convertToHtml({ path: out });
        expect(html).toMatch(/<img src="data:image\/png;base64,/);
    });
});

describe('toc render --format pdf', () => {
    it.each([['A3', false, [841.89, 1190.55]], ['A2', true, [1683.78, 1190.55]]] as const)('%s (landscape: %s) is a real PDF with the title, every box\'s label and the date as text', async (paper, landscape, [w, h]) => {
        const example = EXAMPLES[0];
        const out = path.join(dir, `poster-${paper}.pdf`);
        const r = runToc(['render', example!, '--paper', paper, ...(landscape ? ['--landscape'] : []), '-o', out], { env: ENV });
        expect(r.stderr).toBe('');
        expect(r.code).toBe(0);
        const bytes = fs.readFileSync(out);
        expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
        expect(bytes.toString('latin1')).toContain(`/MediaBox [0 0 ${w} ${h}]`);
        const parser = new PDFParse({ data: new Uint8Array(bytes) });
        try {
            const { text, total } = await parser.getText();
            expect(total).toBe(1);
            const theory = theoryOf(example!);
            expect(text).toContain(theory.title!);
            // Every label the diagram draws (the same renderer as toc render's SVG) is text in the PDF.
            const svg = runToc(['render', example!]).stdout;
            const labels = [...svg.matchAll(/<text\b[^>]*>([^<]+)<\/text>/g)].map(m => unescapeXml(m[1]!).trim()).filter(Boolean);
            expect(labels.length).toBeGreaterThan(theory.elements.length);
            const flat = text.replace(/\s+/g, '');
            for (const label of labels) expect(flat, label).toContain(label.replace(/\s+/g, ''));
            // The legend and the date.
            expect(text).toContain('nog niet gemeten');
            expect(text).toContain('opgemaakt op 2026-11-25');
            const info = await parser.getInfo();
            expect(info.info?.Title).toBe(theory.title);
        } finally {
            await parser.destroy();
        }
    });

    it('--paper without pdf is a usage error', () => {
        const r = runToc(['render', EXAMPLES[0]!, '--paper', 'A2']);
        expect(r.code).toBe(2);
        expect(r.stderr).toContain('--paper and --landscape only apply to --format pdf');
    });
});

describe('toc plan --format html: trends', () => {
    it('draws each indicator with two measurements or more as a chart against its norm and deadline', () => {
        const r = runToc(['plan', 'examples/in-z-plus.toc', '--format', 'html']);
        expect(r.code).toBe(0);
        const theory = theoryOf('examples/in-z-plus.toc');
        const charted = theory.elements.flatMap(e => e.results.flatMap(res => res.indicators)).filter(i => i.measurements.filter(x => x.date).length >= 2);
        expect(charted.length).toBeGreaterThan(0);
        const figures = [...r.stdout.matchAll(/<figure class="trend"><svg[^>]*aria-label="Metingen van ([^"]*) in de tijd, tegen de norm en de termijn"[\s\S]*?<\/svg><\/figure>/g)];
        expect(figures.map(f => f[1])).toEqual(charted.map(i => i.description ?? i.name));
        for (const f of figures) expect(f[0]).toContain('>norm ');
    });
});

function unescapeXml(s: string): string {
    return s.replace(/&(lt|gt|quot|apos|amp|#39);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&', '#39': "'" })[e]!);
}
