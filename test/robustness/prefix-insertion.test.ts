/**
 * No element is ever lost: typing a new element above existing ones (so, any prefix of an element on a
 * line of its own) never removes a later element from the model. Was: `actie Koffie KT ->` above
 * `actie Bezoek -> D "…"` made Bezoek vanish from the checks, the diagram and the plan, and gave D a
 * false goal-without-action.
 *
 * Prefixes that end inside an open string or block comment are left out, on purpose: strings may span
 * lines (the language says so), so an open quote runs on to the next quote and takes what lies between
 * into the text. The quote's own error says so; the recovery at line starts cannot undo it.
 */
import fc from 'fast-check';
import { theoryToJson, type TheoryJson } from 'toc-language';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEnv, load, type Env } from './harness.js';
import { validTheoryArb } from './theory-arbitraries.js';

const RUNS = Number(process.env.TOC_PROPERTY_RUNS ?? 250);
const CAP = 600_000;

let env: Env;
beforeAll(async () => {
    env = await createEnv();
});

/** Elements as kind and name: what a reader would miss. */
async function namedElements(files: Record<string, string>): Promise<{ names: string[]; json: TheoryJson }> {
    const loaded = await load(env, files);
    try {
        const json = theoryToJson(env.services.model.TheoryModelProvider.modelOf(loaded.main), loaded.main.diagnostics ?? []);
        return { names: json.elements.filter(e => !e.external && e.name).map(e => `${e.kind} ${e.name}`), json };
    } finally {
        await loaded.dispose();
    }
}

/** Whether a prefix leaves a string or a block comment open (see above). */
function leavesOpen(prefix: string): boolean {
    let inString = false;
    for (let i = 0; i < prefix.length; i++) {
        const ch = prefix[i];
        if (inString) {
            if (ch === '\\') i++;
            else if (ch === '"') inString = false;
        } else if (ch === '"') {
            inString = true;
        } else if (prefix.startsWith('//', i)) {
            const end = prefix.indexOf('\n', i);
            if (end < 0) return false;
            i = end;
        } else if (prefix.startsWith('/*', i)) {
            const end = prefix.indexOf('*/', i + 2);
            if (end < 0) return true;
            i = end + 1;
        }
    }
    return inString;
}

const ELEMENT_START = /^[ \t]*(challenge|uitdaging|goal|doel|subgoal|tussendoel|action|actie|result|resultaat|indicator)\b/;

/** Lines of a text that start an element, by offset of their first character. */
function elementLineStarts(text: string): Array<{ offset: number; line: string }> {
    const out: Array<{ offset: number; line: string }> = [];
    let offset = 0;
    for (const line of text.split('\n')) {
        if (ELEMENT_START.test(line)) out.push({ offset, line });
        offset += line.length + 1;
    }
    return out;
}

describe('no element is ever lost', () => {
    it('the examples of the issue: the half-typed line keeps its error, every later element stays', async () => {
        const cases = [
            'uitdaging U "u"\ndoel D -> U "d"\nactie Koffie KT ->\n\nactie Bezoek -> D "Wekelijks bezoek."\n',
            'actie\nuitdaging Vervoer "Geen vervoer."\ndoel D -> Vervoer "d"\n',
            'uitdaging U "u"\ndoel D -> U "d"\nactie \nactie Bezoek KT -> D "Wekelijks bezoek."\n',
        ];
        for (const text of cases) {
            const loaded = await load(env, { 'main.toc': text });
            try {
                const json = theoryToJson(env.services.model.TheoryModelProvider.modelOf(loaded.main), loaded.main.diagnostics ?? []);
                const ids = json.elements.map(e => e.id);
                expect(ids, text).toEqual(expect.arrayContaining(text.includes('Bezoek') ? ['U', 'D', 'Bezoek'] : ['Vervoer', 'D']));
                const diags = loaded.main.diagnostics ?? [];
                const syntax = diags.filter(d => d.code === 'syntax-error');
                expect(syntax, text).toHaveLength(1);
                // On the half-typed line, not on the complete element below it.
                const halfLine = text.split('\n').findIndex(l => /^(actie|actie Koffie KT ->)\s*$/.test(l));
                expect(syntax[0]!.range.start.line, text).toBe(halfLine);
                expect(syntax[0]!.message).toMatch(/Deze regel is niet af/);
                if (text.includes('Bezoek')) expect(diags.filter(d => d.code === 'goal-without-action'), text).toEqual([]);
            } finally {
                await loaded.dispose();
            }
        }
    });

    it('inserting any prefix of an element on its own line never removes a later element from the model', async () => {
        const arb = validTheoryArb.chain(theory => {
            const text = theory.files['main.toc'];
            const starts = elementLineStarts(text!);
            return fc.record({
                theory: fc.constant(theory),
                at: starts.length > 0 ? fc.constantFrom(...starts) : fc.constant({ offset: 0, line: '' }),
                // The element typed: one of the theory's own lines (accents, Dutch and English), or a full one.
                source: fc.constantFrom(...starts.map(s => s.line.trim()), 'actie Koffie KT -> D, E "Wekelijks koffie." {', 'resultaat "r" { norm >= 3', 'meting X 2026-01'),
                cut: fc.nat(),
            });
        });
        await fc.assert(fc.asyncProperty(arb, async ({ theory, at, source, cut }) => {
            const prefix = source.slice(0, 1 + (cut % source.length));
            fc.pre(!leavesOpen(prefix));
            const text = theory.files['main.toc'];
            const indent = /^[ \t]*/.exec(at.line)![0];
            const changed = text!.slice(0, at.offset) + indent + prefix + '\n' + text!.slice(at.offset);
            const before = await namedElements(theory.files);
            const after = await namedElements({ ...theory.files, 'main.toc': changed });
            const lost = before.names.filter(n => !after.names.includes(n));
            expect(lost, `inserted ${JSON.stringify(prefix)} at line "${at.line}":\n${changed}`).toEqual([]);
        }), { numRuns: RUNS, verbose: 0 });
    }, CAP);
});
