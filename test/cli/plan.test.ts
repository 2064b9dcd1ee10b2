/** `toc plan` as a real process, on every example: Markdown, HTML (parsed with parse5) and CSV (csv-parse). */
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse } from 'parse5';
import { beforeAll, describe, expect, it } from 'vitest';
import {
    attr, ensureBuilt, flat, indicatorTitle, latestText, localActions, runToc, textOf, theories, theoryJson, tmpDir, walk,
} from './support.js';

beforeAll(() => ensureBuilt(), 180_000);

/** Undoes the Markdown escapes so the test compares the words a reader sees. */
function mdText(md: string): string {
    return md.replace(/\\([\\`*_[\]<>|#~!])/g, '$1').replace(/&amp;/g, '&');
}

describe.each(theories())('toc plan %s', file => {
    it('Markdown: an overview row and a section per action, with its results and indicators', () => {
        const t = theoryJson(file);
        const r = runToc(['plan', file]);
        expect(r.code).toBe(0);
        expect(r.stderr).toBe('');
        const md = r.stdout;
        const text = mdText(md);
        const actionWord = t.lang === 'nl' ? 'Actie' : 'Action';
        for (const a of localActions(t)) {
            expect(md, a.name).toMatch(new RegExp(`^\\| \\*\\*${a.name}\\*\\* \\|`, 'm'));
            expect(md, a.name).toMatch(new RegExp(`^### ${actionWord} ${a.name}$`, 'm'));
            for (const res of a.results) {
                for (const ind of res.indicators) expect(text).toContain(flat(indicatorTitle(ind)));
                if (res.norm) expect(text).toContain(res.norm.text);
            }
        }
        for (const g of t.elements.filter(e => e.kind === 'goal' && !e.external)) {
            expect(md).toMatch(new RegExp(`^## ${t.lang === 'nl' ? 'Doel' : 'Goal'} ${g.name}$`, 'm'));
        }
    });

    it('HTML: one self-contained page, one full row per action with its indicators and latest measurement', () => {
        const t = theoryJson(file);
        const dir = tmpDir('plan-html');
        const out = path.join(dir, 'plan.html');
        const r = runToc(['plan', file, '-o', out]);
        expect(r.code).toBe(0);
        expect(r.stdout).toBe('');
        const html = fs.readFileSync(out, 'utf8');
        const doc = parse(html);

        const rows = new Map<string, ReturnType<typeof textOf>>();
        const references: string[] = [];
        const svgIds = new Set<string>();
        let svgCount = 0;
        walk(doc, el => {
            const cls = attr(el, 'class') ?? '';
            if (el.tagName === 'tr' && cls.split(' ').includes('action')) {
                const id = attr(el, 'data-toc-id')!;
                if (cls.includes('reference')) references.push(id);
                else {
                    expect(rows.has(id), `${id} described twice`).toBe(false);
                    rows.set(id, flat(textOf(el)));
                }
            }
            // The diagram is the one svg of class toc-diagram; trend charts are svgs of their own.
            if (el.tagName === 'svg' && (attr(el, 'class') ?? '').split(' ').includes('toc-diagram')) svgCount++;
            if (el.namespaceURI === 'http://www.w3.org/2000/svg' && attr(el, 'data-toc-id')) svgIds.add(attr(el, 'data-toc-id')!);
            // Self-contained: nothing may be fetched, nothing runs.
            expect(['script', 'link', 'iframe', 'img', 'object', 'embed']).not.toContain(el.tagName);
            for (const a of el.attrs) {
                if (['src', 'href', 'xlink:href', 'action', 'srcset', 'poster'].includes(a.name)) expect(a.value, `${el.tagName} ${a.name}`).toMatch(/^#/);
                if (a.name.startsWith('on')) throw new Error(`event handler ${a.name} on ${el.tagName}`);
            }
        });
        expect(html).not.toMatch(/https?:/i);
        expect(html).not.toMatch(/(src|href)\s*=\s*["']?\/\//i);
        expect(html).not.toMatch(/url\(\s*["']?(?!#)/i);
        expect(html).not.toMatch(/@import/i);

        const actions = localActions(t);
        expect([...rows.keys()].sort()).toEqual(actions.map(a => a.id).sort());
        for (const a of actions) {
            const row = rows.get(a.id)!;
            expect(row).toContain(a.name);
            if (a.owner) expect(row).toContain(flat(a.owner));
            for (const p of a.partners) expect(row).toContain(flat(p));
            for (const s of a.steps) expect(row).toContain(flat(s));
            for (const res of a.results) {
                for (const ind of res.indicators) {
                    expect(row).toContain(flat(indicatorTitle(ind)));
                    const latest = latestText(ind, t.lang);
                    if (latest) expect(row).toContain(latest);
                }
            }
        }
        for (const id of references) expect(rows.has(id), `reference to ${id} points to a full row`).toBe(true);

        // The diagram inline, with every element of the chain.
        expect(svgCount).toBe(1);
        for (const el of t.elements) expect(svgIds.has(el.id), `${el.id} in the diagram`).toBe(true);
        // Compact, as in the editor: a light per result, no indicator cards.
        for (const res of t.elements.flatMap(e => e.results)) {
            expect(svgIds.has(res.id), `${res.id} as a light`).toBe(true);
            for (const ind of res.indicators) expect(svgIds.has(ind.id), `${ind.id} only in the tables`).toBe(false);
        }

        // Document text is text, never markup.
        walk(doc, el => expect(['noord', 'here', 'tags']).not.toContain(el.tagName));
        if (t.title) expect(flat(textOf(doc))).toContain(flat(t.title));
        expect(attr((doc.childNodes.find(n => n.nodeName === 'html') as never), 'lang')).toBe(t.lang);
    });

    it('CSV: UTF-8 with BOM, RFC 4180, one row per action with the right columns', () => {
        const t = theoryJson(file);
        const r = runToc(['plan', file, '--format', 'csv']);
        expect(r.code).toBe(0);
        const bytes = Buffer.from(r.stdout, 'utf8');
        expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
        expect(r.stdout.endsWith('\r\n')).toBe(true);
        const records = parseCsv(r.stdout, { bom: true, relax_column_count: false }) as string[][];
        const [header, ...rows] = records;
        const nl = t.lang === 'nl';
        expect(header).toEqual(nl
            ? ['Doelen', 'Actie', 'Omschrijving', 'Termijn', 'Draagt bij aan', 'Resultaten', 'Normen', 'Stand', 'Indicatoren', 'Laatste meting', 'Trekker', 'Partners', 'Eerste stappen', 'Prioriteit']
            : ['Goals', 'Action', 'Description', 'Horizon', 'Contributes to', 'Results', 'Norms', 'Status', 'Indicators', 'Latest measurement', 'Owner', 'Partners', 'First steps', 'Priority']);
        const actions = localActions(t);
        expect(rows.map(row => row[1])).toEqual(actions.map(a => a.name));
        const col = (name: string) => header!.indexOf(name);
        for (const [i, a] of actions.entries()) {
            const row = rows[i];
            expect(row![col(nl ? 'Omschrijving' : 'Description')]).toBe(a.description ?? '');
            expect(row![col(nl ? 'Trekker' : 'Owner')]).toBe(a.owner ?? '');
            expect(row![col('Partners')]!.split('\n').filter(Boolean)).toEqual(a.partners);
            expect(row![col(nl ? 'Eerste stappen' : 'First steps')]!.split('\n').filter(Boolean)).toEqual(a.steps);
            const indicators = a.results.flatMap(res => res.indicators);
            expect(row![col(nl ? 'Indicatoren' : 'Indicators')]!.split('\n').filter(Boolean)).toEqual(indicators.map(indicatorTitle));
            expect(row![col(nl ? 'Normen' : 'Norms')]!.split('\n').filter(Boolean)).toHaveLength(a.results.length);
        }
    });

    it('CSV with --delimiter semicolon parses the same', () => {
        const comma = parseCsv(runToc(['plan', file, '--format', 'csv']).stdout, { bom: true });
        const semi = parseCsv(runToc(['plan', file, '--format', 'csv', '--delimiter', 'semicolon']).stdout, { bom: true, delimiter: ';' });
        expect(semi).toEqual(comma);
    });
});

describe('toc plan on the example of LANGUAGE.md', () => {
    const file = 'examples/zorgzame-buurt.toc';

    it('says in Dutch what the method asks: one of two goals carried, Aanwezigheid met, the open warnings', () => {
        const out = path.join(tmpDir('plan-nl'), 'actieplan.html');
        expect(runToc(['plan', file, '-o', out]).code).toBe(0);
        const doc = parse(fs.readFileSync(out, 'utf8'));
        const text = flat(textOf(doc));
        expect(text).toContain('doelen door acties gedragen');
        const cards: string[] = [];
        walk(doc, el => { if (attr(el, 'class')?.startsWith('card')) cards.push(flat(textOf(el))); });
        expect(cards[0]).toMatch(/^1 \/ 2 doelen door acties gedragen/);
        let aanwezigheid = '';
        walk(doc, el => { if (el.tagName === 'li' && attr(el, 'data-toc-id') === 'Aanwezigheid') aanwezigheid = flat(textOf(el)); });
        expect(aanwezigheid).toMatch(/^gehaald norm ≥ 30%/);
        expect(aanwezigheid).toContain('34% (2026-09)');
        // The open points are the check's warnings, each once.
        const check = JSON.parse(runToc(['check', '--format', 'json', file]).stdout) as Array<{ severity: string; message: string }>;
        const warnings = check.filter(d => d.severity === 'warning' || d.severity === 'error');
        const points: string[] = [];
        walk(doc, el => { if (el.tagName === 'li' && (attr(el, 'class') === 'warning' || attr(el, 'class') === 'error')) points.push(flat(textOf(el))); });
        expect(points).toHaveLength(warnings.length);
        const bare = (s: string) => s.replace(/[\s`]/g, '');
        for (const w of warnings) expect(points.some(p => bare(p).includes(bare(w.message))), w.message).toBe(true);
    });

    it('-o with an extension picks the format; --format wins', () => {
        const dir = tmpDir('plan-ext');
        expect(runToc(['plan', file, '-o', path.join(dir, 'a.csv')]).code).toBe(0);
        expect(fs.readFileSync(path.join(dir, 'a.csv'), 'utf8').startsWith('\uFEFFDoelen,Actie')).toBe(true);
        expect(runToc(['plan', file, '--format', 'md', '-o', path.join(dir, 'b.html')]).code).toBe(0);
        expect(fs.readFileSync(path.join(dir, 'b.html'), 'utf8').startsWith('# Actieplan')).toBe(true);
    });
});
