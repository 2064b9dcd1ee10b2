/**
 * Property tests, a few hundred cases per property in every test run (the full 10,000+ run is
 * `npm run fuzz`). On failure fast-check prints the seed and path; replay with
 * `npm run fuzz -- --seed N` or by putting `seed: N, path: "…"` into the options below.
 */
import fc from 'fast-check';
import { theoryToJson, type TheoryJson } from 'toc-language';
import { beforeAll, describe, expect, it } from 'vitest';
import { lostProblems } from './expectations.js';
import { applyEdits, createEnv, editsOf, load, otherEdits, runPipeline, type Env, type Loaded } from './harness.js';
import { unknownProblems } from './known-bugs.js';
import { mutatedTheoryArb, noiseArb, validTheoryArb } from './theory-arbitraries.js';

const RUNS = Number(process.env.TOC_PROPERTY_RUNS ?? 250);
/** Only a cap so a stuck run ends; not a timing assertion (the machine may be busy). */
const CAP = 600_000;
const params = (numRuns = RUNS): fc.Parameters<unknown> => ({ numRuns, verbose: 0 });

let env: Env;
beforeAll(async () => {
    env = await createEnv();
});

const offsetsArb = fc.array(fc.nat(), { minLength: 1, maxLength: 4 });

describe('valid theories from the grammar', () => {
    it('parse and link without errors, and their TheoryJson keeps every element, text and arrow', async () => {
        await fc.assert(fc.asyncProperty(validTheoryArb, offsetsArb, async (theory, offsets) => {
            const { problems, json, diagnostics } = await runPipeline(env, theory.files, { offsets });
            expect(unknownProblems(problems)).toEqual([]);
            const errors = diagnostics.filter(d => ['syntax-error', 'unresolved-reference', 'duplicate-name'].includes(String(d.code)));
            expect(errors.map(d => `${d.code}: ${d.message}`), theory.files['main.toc']).toEqual([]);
            expect(lostProblems(json!, theory)).toEqual([]);
        }), params());
    }, CAP);

    it('rename changes the name and its references and leaves every other character in place', async () => {
        await fc.assert(fc.asyncProperty(validTheoryArb, fc.nat(), async (theory, pick) => {
            fc.pre(theory.elements.length > 0);
            const loaded = await load(env, theory.files);
            try {
                const doc = loaded.main;
                const json = theoryToJsonOf(env, loaded);
                const el = json.elements.filter(e => !e.external)[pick % theory.elements.length];
                const oldName = el!.id, newName = `Hernoemd${pick}`;
                const uri = doc.uri.toString();
                const edit = await env.services.lsp.RenameProvider!.rename(doc, { textDocument: { uri }, position: el!.range.start, newName });
                const edits = editsOf(edit, uri);
                expect(otherEdits(edit, uri)).toEqual([]);
                expect(edits.length).toBeGreaterThan(0);
                const text = doc.textDocument.getText();
                for (const e of edits) {
                    const start = doc.textDocument.offsetAt(e.range.start), end = doc.textDocument.offsetAt(e.range.end);
                    expect(text.slice(start, end)).toBe(oldName);
                    expect(e.newText).toBe(newName);
                }
                // References to the element: one per arrow naming it, plus its declaration.
                const arrows = theory.elements.filter(x => x.targets.includes(oldName)).length;
                expect(edits.length).toBe(arrows + 1);
                const renamed = applyEdits(text, edits);
                const after = await load(env, { ...theory.files, 'main.toc': renamed });
                const bad = (after.main.diagnostics ?? []).filter(d => d.code === 'syntax-error' || d.code === 'unresolved-reference');
                await after.dispose();
                expect(bad).toEqual([]);
            } finally {
                await loaded.dispose();
            }
        }), params(Math.ceil(RUNS / 2)));
    }, CAP);
});

describe('mutated theories and noise', () => {
    it('never crash, and every diagnostic and range stays inside the document', async () => {
        await fc.assert(fc.asyncProperty(mutatedTheoryArb, offsetsArb, async (m, offsets) => {
            const { problems } = await runPipeline(env, m.files, { offsets });
            if (problems.length > 0) env = await createEnv(); // start the next case from a clean workspace
            expect(unknownProblems(problems)).toEqual([]);
        }), params());
    }, CAP);

    it('arbitrary text (any code point, lone surrogates, NUL, bidi, keywords in any order) never crashes', async () => {
        await fc.assert(fc.asyncProperty(noiseArb, offsetsArb, async (text, offsets) => {
            const { problems } = await runPipeline(env, { 'main.toc': text }, { offsets });
            if (problems.length > 0) env = await createEnv();
            expect(unknownProblems(problems)).toEqual([]);
        }), params());
    }, CAP);
});

describe('formatting and quick fixes', () => {
    it('the language registers a formatter and a quick-fix provider', () => {
        expect(env.services.lsp.Formatter).toBeDefined();
        expect(env.services.lsp.CodeActionProvider).toBeDefined();
    });

    it('formatting a valid theory changes only white space, and formatting twice changes nothing more', async () => {
        await fc.assert(fc.asyncProperty(validTheoryArb, async theory => {
            const loaded = await load(env, theory.files);
            try {
                const doc = loaded.main;
                const uri = doc.uri.toString();
                const options = { tabSize: 4, insertSpaces: true };
                const once = applyEdits(doc.textDocument.getText(), await env.services.lsp.Formatter!.formatDocument(doc, { textDocument: { uri }, options }));
                expect(strip(once)).toBe(strip(doc.textDocument.getText()));
                const again = await load(env, { ...theory.files, 'main.toc': once });
                const twice = applyEdits(once, await env.services.lsp.Formatter!.formatDocument(again.main, { textDocument: { uri: again.main.uri.toString() }, options }));
                await again.dispose();
                expect(twice).toBe(once);
            } finally {
                await loaded.dispose();
            }
        }), params(Math.ceil(RUNS / 2)));
    }, CAP);

    it('every quick fix on every diagnostic yields a document that loads and adds no syntax error', async () => {
        await fc.assert(fc.asyncProperty(fc.oneof(validTheoryArb.map(t => t.files), mutatedTheoryArb.map(m => m.files)), async files => {
            const { problems } = await runPipeline(env, files, { codeActions: true });
            expect(unknownProblems(problems)).toEqual([]);
        }), params(Math.ceil(RUNS / 3)));
    }, CAP);
});

function strip(s: string): string {
    return s.replace(/\s+/g, '');
}

function theoryToJsonOf(e: Env, loaded: Loaded): TheoryJson {
    return theoryToJson(e.services.model.TheoryModelProvider.modelOf(loaded.main), loaded.main.diagnostics ?? []);
}
