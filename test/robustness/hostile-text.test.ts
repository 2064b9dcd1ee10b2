/**
 * Hostile text in every text slot: the TheoryJson keeps it exactly; the diagram's SVG and the HTML
 * report show it as text — parsed with @xmldom/xmldom and parse5, with no element or attribute that the
 * text brought in (compared with the same theory written with harmless text).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEnv, runPipeline, type Env } from './harness.js';
import { quote } from './theory-arbitraries.js';
import { injected, parseHtmlReport, parseSvg, type Markup } from './xml-safety.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const TOC = path.join(ROOT, 'packages/cli/bin/toc.cjs');

export const HOSTILE: Record<string, string> = {
    script: '<script>alert(1)</script>',
    svgBreakout: '</svg><svg onload=alert(1)>',
    entities: '&amp; & < > &lt; &#x3C; ]]> <![CDATA[x]]>',
    quotes: '"quotes\' and \\"escapes\\" \\\\ back\\slash',
    javascriptUrl: 'javascript:alert(1)',
    bidi: 'abc\u202Edcba\u202C and \u2066isolate\u2069',
    emoji: '😀 👨‍👩‍👧‍👦 🏳️‍🌈 ✊🏽',
    zeroWidth: 'zero\u200Bwidth\u200Djoiner\u200C\uFEFF',
    attribute: '" onmouseover="alert(1)" x="',
    comment: '<!-- --> */ // /*',
    multiline: 'line one\nline two\r\nline three',
};
const LONG = 'lang '.repeat(20_000);

/** One theory with `text` in every text slot: title, vision, descriptions, owner, partner, step, assumption. */
export function theoryWith(text: string): string {
    const s = quote(text);
    const props = `owner ${s}\n    partner ${s}\n    step ${s}\n    assumption ${s}`;
    return `theory ${s}
vision ${s}
challenge Uitdaging ${s} {
    ${props}
}
goal Doel -> Uitdaging ${s} {
    ${props}
    subgoal Tussendoel ${s} {
        ${props}
        action Actie KT ${s} {
            ${props}
            result Resultaat ${s} {
                norm >= 12 gezinnen_ĳ tegen 2027-06
                indicator Indicator ${s} {
                    baseline 2026-01 3 gezinnen_ĳ
                    measurement 2026-09 14 gezinnen_ĳ
                }
            }
        }
    }
}
`;
}

let env: Env;
let benign: Markup;
beforeAll(async () => {
    env = await createEnv();
    // Harmless text of many lengths, so wrapping and clamping produce every element they can.
    const { svg } = await runPipeline(env, { 'main.toc': theoryWith('Een gewone zin met wat woorden erin, lang genoeg om te wrappen over meerdere regels heen. '.repeat(3)) }, { diagram: true });
    benign = parseSvg(svg ?? '<svg xmlns="http://www.w3.org/2000/svg"/>');
}, 120_000);

function distinct(xs: string[]): string[] {
    return [...new Set(xs)];
}

describe('hostile text in every text slot', () => {
    for (const [label, text] of [...Object.entries(HOSTILE), ['100,000 characters', LONG] as const]) {
        it(`${label}: kept exactly in TheoryJson, shown only as text in the SVG`, async () => {
            const { problems, json, svg } = await runPipeline(env, { 'main.toc': theoryWith(text) }, { diagram: true });
            expect(problems).toEqual([]);
            expect(json!.hasSyntaxErrors).toBe(false);
            expect(json!.title).toBe(text);
            expect(json!.vision).toBe(text);
            const own = json!.elements.filter(e => !e.external);
            expect(own.map(e => e.id)).toEqual(['Uitdaging', 'Doel', 'Tussendoel', 'Actie']);
            for (const el of own) {
                expect(el.description).toBe(text);
                expect(el.owner).toBe(text);
                expect(el.partners).toEqual([text]);
                expect(el.steps).toEqual([text]);
                expect(el.assumptions).toEqual([text]);
            }
            const result = own.find(e => e.id === 'Actie')!.results[0];
            expect(result!.description).toBe(text);
            expect(result!.norm!.unit).toBe('gezinnen_ĳ');
            expect(result!.indicators[0]!.description).toBe(text);
            expect(result!.indicators[0]!.baseline!.unit).toBe('gezinnen_ĳ');
            expect(result!.latest!.unit).toBe('gezinnen_ĳ');

            if (!env.features.diagram) return;
            expect(typeof svg).toBe('string');
            const markup = parseSvg(svg!);
            expect(markup.problems).toEqual([]);
            // No element or attribute name that harmless text did not also produce.
            expect(injected(distinct(benign.structure), distinct(markup.structure))).toEqual([]);
            // Markup characters in the text arrive as text (shortened, perhaps, but not eaten).
            if (label === 'script' || label === 'svgBreakout' || label === 'attribute') {
                expect(markup.texts.join('\n')).toContain(text.slice(0, 8));
            }
        });
    }
});

describe('the HTML report (`toc plan --format html`)', () => {
    const run = (file: string, out: string) => spawnSync(process.execPath, [TOC, 'plan', file, '--format', 'html', '-o', out], { encoding: 'utf8', timeout: 120_000 });
    let dir: string;
    let benignHtml: Markup;
    beforeAll(() => {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), 'toc-hostile-'));
        fs.writeFileSync(path.join(dir, 'benign.toc'), theoryWith('Een gewone zin met wat woorden erin, lang genoeg om te wrappen. '.repeat(3)));
        const r = run(path.join(dir, 'benign.toc'), path.join(dir, 'benign.html'));
        expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
        benignHtml = parseHtmlReport(fs.readFileSync(path.join(dir, 'benign.html'), 'utf8'));
    }, 120_000);

    for (const [label, text] of Object.entries(HOSTILE)) {
        it(`${label}: shown as text, nothing injected`, () => {
            const file = path.join(dir, `${label}.toc`), out = path.join(dir, `${label}.html`);
            fs.writeFileSync(file, theoryWith(text));
            const r = run(file, out);
            expect(r.status, r.stderr).toBe(0);
            const html = fs.readFileSync(out, 'utf8');
            const markup = parseHtmlReport(html);
            expect(markup.problems).toEqual([]);
            expect(injected(distinct(benignHtml.structure), distinct(markup.structure))).toEqual([]);
            // Inline SVG in the report must stay well-formed XML too.
            for (const m of html.matchAll(/<svg[\s\S]*?<\/svg>/g)) expect(parseSvg(m[0]).problems).toEqual([]);
            if (label === 'script' || label === 'svgBreakout') expect(markup.texts.join('\n')).toContain(text);
        });
    }
});
