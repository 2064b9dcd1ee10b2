/** `toc render` as a real process: SVG with every element (parsed with xmldom), PNG decoded with pngjs at the asked size. */
import fs from 'node:fs';
import path from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { drawnEdges, ensureBuilt, ROOT, runToc, theories, theoryJson, tmpDir } from './support.js';

beforeAll(() => ensureBuilt(), 180_000);

function svgDoc(text: string) {
    const errors: string[] = [];
    const doc = new DOMParser({ onError: (level, msg) => { if (level !== 'warning') errors.push(msg); } }).parseFromString(text, 'image/svg+xml');
    expect(errors).toEqual([]);
    return doc;
}

function ids(doc: ReturnType<typeof svgDoc>, attribute: string): Set<string> {
    const found = new Set<string>();
    const all = doc.getElementsByTagName('*');
    for (let i = 0; i < all.length; i++) {
        const v = all[i]!.getAttribute(attribute);
        if (v) found.add(v);
    }
    return found;
}

describe.each(theories())('toc render %s', file => {
    it('SVG: compact by default: every element and result (a light) by data-toc-id, no indicator, every contribution by data-toc-edge', () => {
        const t = theoryJson(file);
        const r = runToc(['render', file]);
        expect(r.code).toBe(0);
        const doc = svgDoc(r.stdout);
        expect(doc.documentElement!.tagName).toBe('svg');
        const present = ids(doc, 'data-toc-id');
        for (const el of t.elements) {
            expect(present.has(el.id), el.id).toBe(true);
            for (const res of el.results) {
                expect(present.has(res.id), res.id).toBe(true);
                for (const ind of res.indicators) expect(present.has(ind.id), ind.id).toBe(false);
            }
        }
        const edges = ids(doc, 'data-toc-edge');
        for (const e of drawnEdges(t)) expect(edges.has(`${e.from}->${e.to}`), `${e.from}->${e.to}`).toBe(true);
    });

    it('SVG --details: every element, result and indicator by data-toc-id', () => {
        const t = theoryJson(file);
        const present = ids(svgDoc(runToc(['render', file, '--details']).stdout), 'data-toc-id');
        for (const el of t.elements) {
            expect(present.has(el.id), el.id).toBe(true);
            for (const res of el.results) {
                expect(present.has(res.id), res.id).toBe(true);
                for (const ind of res.indicators) expect(present.has(ind.id), ind.id).toBe(true);
            }
        }
    });
});

describe('toc render options', () => {
    const file = 'examples/zorgzame-buurt.toc';

    it('--no-results draws the chain without result cards', () => {
        const t = theoryJson(file);
        const doc = svgDoc(runToc(['render', file, '--no-results']).stdout);
        const present = ids(doc, 'data-toc-id');
        for (const el of t.elements) expect(present.has(el.id)).toBe(true);
        const results = t.elements.flatMap(e => e.results);
        expect(results.length).toBeGreaterThan(0);
        for (const res of results) expect(present.has(res.id), res.id).toBe(false);
    });

    it('compact by default (names as words, no descriptions, no counts of remarks); --details adds descriptions and result cards', () => {
        const texts = (svg: string, cls: string) => {
            const doc = svgDoc(svg);
            const out: string[] = [];
            const all = doc.getElementsByTagName('text');
            for (let i = 0; i < all.length; i++) if (all[i]!.getAttribute('class') === cls) out.push(all[i]!.textContent ?? '');
            return out;
        };
        const compact = runToc(['render', file]).stdout;
        expect(texts(compact, 'toc-name')).toContain('Sociale contacten');
        expect(texts(compact, 'toc-desc')).toEqual([]);
        expect(compact).not.toMatch(/class="toc-badge/);
        expect(compact).not.toContain('class="toc-box toc-card');
        const detailed = runToc(['render', file, '--details']).stdout;
        expect(texts(detailed, 'toc-desc').join(' ')).toContain('spelnamiddag voor jonge gezinnen');
        expect(detailed).toContain('class="toc-box toc-card"');
        expect(detailed).not.toMatch(/class="toc-badge/);
    });

    it('--direction down lays the chain out top to bottom, --theme dark changes the colours', () => {
        /** Where the action Spelnamiddag and the challenge Isolement are drawn, and the theme class. */
        const read = (svg: string) => {
            const doc = svgDoc(svg);
            const at = (id: string) => {
                const groups = doc.getElementsByTagName('g');
                for (let i = 0; i < groups.length; i++) {
                    if (groups[i]!.getAttribute('data-toc-id') !== id) continue;
                    const m = /translate\(([-\d.]+),([-\d.]+)\)/.exec(groups[i]!.getAttribute('transform') ?? '')!;
                    return { x: Number(m[1]), y: Number(m[2]) };
                }
                throw new Error(`${id} not drawn`);
            };
            return { action: at('Spelnamiddag'), challenge: at('Isolement'), cls: doc.documentElement!.getAttribute('class') };
        };
        const right = read(runToc(['render', file, '--no-results']).stdout);
        const down = read(runToc(['render', file, '--no-results', '--direction', 'down', '--theme', 'dark']).stdout);
        expect(right.action.x).toBeLessThan(right.challenge.x);
        expect(down.action.y).toBeLessThan(down.challenge.y);
        expect(down.challenge.y - down.action.y).toBeGreaterThan(right.challenge.y - right.action.y);
        expect(down.cls).toContain('dark');
        expect(right.cls).toContain('light');
    });

    it('PNG: decodes, and has the width asked (--width) or the SVG size times --scale', () => {
        const dir = tmpDir('render-png');
        const svg = svgDoc(runToc(['render', file]).stdout).documentElement!;
        const w = Number(svg.getAttribute('width')), h = Number(svg.getAttribute('height'));

        const png = (args: string[], name: string) => {
            const out = path.join(dir, name);
            const r = runToc(['render', file, '-o', out, ...args]);
            expect(r.code, r.stderr).toBe(0);
            return PNG.sync.read(fs.readFileSync(out));
        };
        const byWidth = png(['--width', '800'], 'w800.png');
        expect(byWidth.width).toBe(800);
        expect(Math.abs(byWidth.height - Math.round(800 * h / w))).toBeLessThanOrEqual(1);

        const byScale = png(['--scale', '1'], 'scale1.png');
        expect(byScale.width).toBe(w);
        expect(Math.abs(byScale.height - h)).toBeLessThanOrEqual(1);

        const byDefault = png([], 'default.png');
        expect(byDefault.width).toBe(2 * w);

        // Text is drawn: a diagram with fonts has far more distinct dark pixels than the boxes alone.
        let dark = 0;
        for (let i = 0; i < byScale.data.length; i += 4) if (byScale.data[i]! < 90 && byScale.data[i + 1]! < 90 && byScale.data[i + 2]! < 90 && byScale.data[i + 3]! > 200) dark++;
        expect(dark).toBeGreaterThan(2000);
    });

    it('--format png with no -o is refused on a terminal only; into a pipe it writes PNG bytes', () => {
        const r = runToc(['render', file, '--format', 'png', '--width', '300']);
        expect(r.code).toBe(0);
        expect(r.stdout.slice(1, 4)).toBe('PNG');
    });

    it('rejects --scale on SVG, a bad --direction, a bad --width', () => {
        for (const args of [['--scale', '2'], ['--direction', 'left'], ['--format', 'png', '--width', 'wide'], ['--theme', 'pink']]) {
            const r = runToc(['render', file, ...args]);
            expect(r.code, args.join(' ')).toBe(2);
            expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
            expect(r.stdout).toBe('');
        }
    });
});

describe('toc render --out-dir: many theories in one process', () => {
    const examples = theories().filter(f => f.startsWith('examples/'));
    const base = (f: string) => path.basename(f, '.toc');

    it('a folder: each theory into DIR under its own name, the same picture as `toc render FILE` draws', () => {
        const dir = tmpDir('render-batch');
        const r = runToc(['render', 'examples', '--out-dir', dir]);
        expect(r.stderr).toBe('');
        expect(r.code).toBe(0);
        expect(fs.readdirSync(dir).sort()).toEqual(examples.map(f => `${base(f)}.svg`).sort());
        for (const file of examples) {
            expect(fs.readFileSync(path.join(dir, `${base(file)}.svg`), 'utf8'), file).toBe(runToc(['render', file]).stdout);
        }
    });

    it('files and a folder together, as PNG; an input folder as DIR gets pictures beside its theories, which stay as they were', () => {
        const dir = tmpDir('render-batch-png');
        for (const f of ['examples/in-zetje.toc', 'examples/ervaring-werkt.toc']) fs.copyFileSync(path.join(ROOT, f), path.join(dir, path.basename(f)));
        const before = fs.readFileSync(path.join(dir, 'in-zetje.toc'), 'utf8');
        const r = runToc(['render', path.join(dir, 'in-zetje.toc'), path.join(dir, 'ervaring-werkt.toc'), 'examples/imports', '--out-dir', dir, '--format', 'png']);
        expect(r.stderr).toBe('');
        expect(r.code).toBe(0);
        expect(fs.readdirSync(dir).sort()).toEqual(['buurtwerk.png', 'ervaring-werkt.png', 'ervaring-werkt.toc', 'in-zetje.png', 'in-zetje.toc', 'netwerk.png']);
        for (const png of ['buurtwerk', 'ervaring-werkt', 'in-zetje', 'netwerk']) {
            expect(PNG.sync.read(fs.readFileSync(path.join(dir, `${png}.png`))).width, png).toBeGreaterThan(100);
        }
        expect(fs.readFileSync(path.join(dir, 'in-zetje.toc'), 'utf8')).toBe(before);
    });

    it('refuses, before drawing anything: two inputs with one name, -o with --out-dir, many files without --out-dir', () => {
        const dir = tmpDir('render-batch-refused');
        const twin = path.join(dir, 'twin');
        fs.mkdirSync(twin);
        fs.copyFileSync(path.join(ROOT, 'examples/in-zetje.toc'), path.join(twin, 'in-zetje.toc'));
        const out = path.join(dir, 'out');
        const cases: Array<[string[], RegExp]> = [
            [['render', 'examples/in-zetje.toc', twin, '--out-dir', out], /in-zetje\.toc and .*in-zetje\.toc would both be drawn into/],
            [['render', 'examples/in-zetje.toc', '--out-dir', out, '-o', 'x.svg'], /give one of them/],
            [['render', 'examples/in-zetje.toc', 'examples/in-z-plus.toc'], /add --out-dir DIR/],
            [['render', 'examples'], /is a folder; .* --out-dir DIR/],
        ];
        for (const [args, message] of cases) {
            const r = runToc(args);
            expect(r.code, args.join(' ')).toBe(2);
            expect(r.stderr).toMatch(message);
            expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
        }
        expect(fs.existsSync(out)).toBe(false);
    });
});
