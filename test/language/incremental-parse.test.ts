/**
 * Parsing only the changed element (packages/language/src/parser/incremental-parse.ts) must give what a
 * full parse gives. Each case edits a built document the way the editor does (DocumentBuilder.update)
 * and compares it with a fresh document of the same text built by other services: every AST node with
 * its properties, references and CST position, every CST node with its offsets, range and text, and
 * the diagnostics. The cases say whether the edit was parsed in part, so a fallback to a full parse
 * everywhere would fail them too.
 */
import fc from 'fast-check';
import {
    AstUtils, CstUtils, EmptyFileSystemProvider, isAstNode, isLeafCstNode, isReference,
    type AstNode, type LangiumDocument, type Reference,
} from 'langium';
import { createTocServices, type TocDocumentFactory, type TocServices } from 'toc-language';
import { beforeAll, describe, expect, it } from 'vitest';
import { insertion, validTheoryArb } from '../robustness/theory-arbitraries.js';
import { MemoryFiles } from './support/memory-files.js';

const files = new MemoryFiles();
let edited: TocServices;
let reference: TocServices;

beforeAll(() => {
    edited = createTocServices({ fileSystemProvider: () => files }).Toc;
    reference = createTocServices({ fileSystemProvider: () => new EmptyFileSystemProvider() }).Toc;
});

function open(services: TocServices, text: string): Promise<LangiumDocument> {
    return files.open(services.shared, 'incremental', text);
}

async function close(services: TocServices, doc: LangiumDocument): Promise<void> {
    await services.shared.workspace.DocumentBuilder.update([], [doc.uri]);
}

/** Changes the document's text as the editor does; says whether only an element was parsed again. */
async function change(doc: LangiumDocument, text: string): Promise<boolean> {
    const factory = edited.shared.workspace.LangiumDocumentFactory as TocDocumentFactory;
    const before = factory.parses.partial;
    files.texts.set(doc.uri.toString(), text);
    await edited.shared.workspace.DocumentBuilder.update([doc.uri], []);
    return factory.parses.partial > before;
}

/** Everything a parse and a build decide about a document, as comparable lines. */
function describeDocument(services: TocServices, doc: LangiumDocument): string[] {
    const locator = services.workspace.AstNodeLocator;
    const path = (node: AstNode | undefined) => (node ? locator.getAstNodePath(node) : null);
    const ref = (r: Reference) => ({ text: r.$refText, target: path(r.ref), node: r.$refNode && [r.$refNode.offset, r.$refNode.end] });
    const value = (v: unknown): unknown => (isReference(v) ? ref(v) : isAstNode(v) ? `node ${path(v)}` : v);
    const root = doc.parseResult.value;
    const out: string[] = [`text ${JSON.stringify(root.$cstNode?.root.fullText)}`];
    for (const node of AstUtils.streamAst(root)) {
        const own: Record<string, unknown> = {};
        for (const [key, v] of Object.entries(node)) {
            if (!key.startsWith('$')) own[key] = Array.isArray(v) ? v.map(value) : value(v);
        }
        const cst = node.$cstNode;
        out.push(JSON.stringify({
            node: path(node), type: node.$type, container: path(node.$container), property: node.$containerProperty,
            index: node.$containerIndex, cst: cst && [cst.offset, cst.end, cst.range, cst.astNode === node], own,
        }));
    }
    for (const cst of CstUtils.streamCst(root.$cstNode!)) {
        out.push(JSON.stringify({
            cst: isLeafCstNode(cst) ? cst.tokenType.name : 'composite', at: [cst.offset, cst.end, cst.length], range: cst.range,
            hidden: cst.hidden, text: cst.text, node: path(cst.astNode), inParent: !cst.container || cst.container.content.includes(cst),
        }));
    }
    for (const d of doc.diagnostics ?? []) out.push(JSON.stringify({ diagnostic: d.message, code: d.code, severity: d.severity, range: d.range }));
    return out;
}

/** Edits the document to `text` and compares it with a fresh build; returns whether it was parsed in part. */
async function expectSameAsFresh(doc: LangiumDocument, text: string): Promise<boolean> {
    const partial = await change(doc, text);
    const fresh = await open(reference, text);
    try {
        expect(describeDocument(edited, doc)).toEqual(describeDocument(reference, fresh));
    } finally {
        await close(reference, fresh);
    }
    return partial;
}

const THEORY = [
    'theory "Kansen"',
    'challenge Armoede "Kinderen groeien op in armoede."',
    'goal Kansen -> Armoede "Elk kind krijgt kansen." {',
    '    owner "Coördinator"',
    '    subgoal Opvang "Er is opvang na school." {',
    '        action Speelpleinwerking KT "Een speelplein in de zomer." {',
    '            result Plaatsen "Genoeg plaatsen." {',
    '                norm >= 40 plaatsen',
    '                indicator Telling "De telling aan de poort." {',
    '                    measurement 2026-03 35 plaatsen',
    '                }',
    '            }',
    '        }',
    '        // Nog uit te werken.',
    '    }',
    '}',
    'goal Ouders -> Armoede "Ouders zijn betrokken." { subgoal Contact "Er is contact." { action Bezoek -> Contact "Huisbezoek." } } action Brief -> Ouders "Een brief."',
    'action Folder -> Opvang "Een folder."',
    '',
].join('\n');

/** THEORY with `find` (which must occur once) replaced. */
function edit(find: string, replace: string, text = THEORY): string {
    const at = text.indexOf(find);
    expect(at, find).toBeGreaterThanOrEqual(0);
    expect(text.indexOf(find, at + 1), find).toBe(-1);
    return text.slice(0, at) + replace + text.slice(at + find.length);
}

/**
 * One test per case: THEORY edited, then the edit undone. Both must equal a full parse, and both be
 * parsed in part, or both in full (undoing an edit that broke the text starts from a text with errors).
 */
function editAndBack(cases: Array<[string, string, string]>, partial: boolean): void {
    for (const [name, find, replace] of cases) {
        it(name, async () => {
            const doc = await open(edited, THEORY);
            try {
                expect(await expectSameAsFresh(doc, edit(find, replace))).toBe(partial);
                expect(await expectSameAsFresh(doc, THEORY)).toBe(partial);
            } finally {
                await close(edited, doc);
            }
        });
    }
}

describe('an edit inside one element parses only that element, and equals a full parse', () => {
    const partly: Array<[string, string, string]> = [
        ['a letter typed in a description', '"Een speelplein in de zomer."', '"Een speelplein in de zomerx."'],
        ['a reference broken', 'action Bezoek -> Contact', 'action Bezoek -> Contactx'],
        ['a new line inside an element, moving every line after it', 'owner "Coördinator"', 'owner "Coördinator"\n    step "Bellen."'],
        ['a new action inside a goal', '        // Nog uit te werken.', '        action Huiswerk "Huiswerkbegeleiding." { result "Tien kinderen." }'],
        ['a letter typed on a line that goes on after the element', '"Er is contact."', '"Er is veel contact."'],
        ['lines removed inside an element', '                indicator Telling "De telling aan de poort." {\n                    measurement 2026-03 35 plaatsen\n                }\n', ''],
        ['a name changed, so an arrow elsewhere no longer finds it', 'subgoal Opvang "Er', 'subgoal Opvangx "Er'],
        ['a comment inside an element', 'norm >= 40 plaatsen', 'norm >= 40 plaatsen /* was 30 */'],
        ['a letter typed in an element without braces', '"Een folder."', '"Een folder!"'],
        ['a letter typed in an element without braces, on a line that goes on', '"Huisbezoek."', '"Huisbezoekx."'],
    ];
    editAndBack(partly, true);
});

describe('an edit that might change more than its element parses the whole text', () => {
    const fully: Array<[string, string, string]> = [
        ['a keyword changed', 'action Speelpleinwerking', 'actionx Speelpleinwerking'],
        ['a letter typed against the keyword', 'subgoal Opvang', 'subgoalOpvang'],
        ['a string left open', '"Genoeg plaatsen."', '"Genoeg plaatsen.'],
        ['a line comment that hides a closing brace', 'Huisbezoek." } }', 'Huisbezoek." // } }'],
        ['a closing brace removed', '            }\n        }\n        // Nog', '            }\n        // Nog'],
        ['an edit between two top-level elements', 'action Folder', 'action Folder2 "F." action Folder'],
        ['a line comment that hides the rest of the line after an element without braces', 'Contact "Huisbezoek."', 'Contact //"Huisbezoek."'],
        ['a letter typed after the last character of an element without braces', 'Folder -> Opvang "Een folder."', 'Folder -> Opvang "Een folder." '],
        ['the title', 'theory "Kansen"', 'theory "Meer kansen"'],
    ];
    editAndBack(fully, false);

    it('a block added where the nesting would go too deep to parse', async () => {
        const open120 = Array.from({ length: 120 }, (_, i) => `subgoal S${i} {`).join('\n');
        const text = `${open120}\n${'}\n'.repeat(120)}`;
        const doc = await open(edited, text);
        try {
            const deeper = text.replace('subgoal S119 {', 'subgoal S119 { subgoal S120 { }');
            expect(await expectSameAsFresh(doc, deeper)).toBe(false);
            expect(doc.parseResult.parserErrors.length).toBe(1);
            // One level less deep is parsed in part.
            expect(await expectSameAsFresh(doc, text)).toBe(false);
            expect(await expectSameAsFresh(doc, text.replace('subgoal S119 {', 'subgoal S119 { action A "a"'))).toBe(true);
        } finally {
            await close(edited, doc);
        }
    });

    it('after a syntax error, until the text parses again', async () => {
        const doc = await open(edited, THEORY);
        try {
            const broken = edit('"Genoeg plaatsen."', '"Genoeg plaatsen." }');
            expect(await expectSameAsFresh(doc, broken)).toBe(false);
            // The previous parse had an error, so this one is full even though the edit is inside an element.
            expect(await expectSameAsFresh(doc, edit('"Een speelplein in de zomer."', '"Zomer."', broken))).toBe(false);
            expect(await expectSameAsFresh(doc, THEORY)).toBe(false);
            expect(await expectSameAsFresh(doc, edit('"Genoeg plaatsen."', '"Veel plaatsen."'))).toBe(true);
        } finally {
            await close(edited, doc);
        }
    });
});

describe('an edit above an element still being typed (a syntax error further down)', () => {
    const unfinished = THEORY + 'action Nieuw KT -> ';
    const cases: Array<[string, string, string, boolean]> = [
        ['a letter typed in a description: only that element, the error kept and moved', '"Een speelplein in de zomer."', '"Een speelplein in de zomerx."', true],
        ['a new line in an element: the error moves a line down', 'owner "Coördinator"', 'owner "Coördinator"\n    step "Bellen."', true],
        ['a letter typed in the element just before the unfinished one', '"Een folder."', '"Een folder!"', true],
        ['an edit inside the unfinished element itself', 'Nieuw KT -> ', 'Nieuw KT -> O', false],
    ];
    for (const [name, find, replace, partial] of cases) {
        it(name, async () => {
            const doc = await open(edited, unfinished);
            try {
                expect(doc.parseResult.parserErrors.length).toBeGreaterThan(0);
                expect(await expectSameAsFresh(doc, edit(find, replace, unfinished))).toBe(partial);
                expect(await expectSameAsFresh(doc, unfinished)).toBe(partial);
            } finally {
                await close(edited, doc);
            }
        });
    }
});

describe('random edits to random theories', () => {
    /** Typing-sized edits: mostly letters, spaces and line breaks, sometimes a character that breaks things. */
    const typed = fc.oneof(
        { weight: 6, arbitrary: fc.constantFrom('x', 'Nieuw', ' ', '\n', '\n    ', '"', '{', '}', ' -> Armoede', ' { }', '/*', '//') },
        { weight: 2, arbitrary: insertion },
    );
    const editArb = fc.record({ at: fc.nat(), remove: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 6 })), insert: fc.oneof(fc.constant(''), typed) });

    it('give the same tree, positions and diagnostics as a full parse, edit after edit', async () => {
        let partial = 0, total = 0;
        await fc.assert(fc.asyncProperty(validTheoryArb, fc.array(editArb, { minLength: 1, maxLength: 4 }), async (theory, edits) => {
            let text = theory.files['main.toc'];
            const doc = await open(edited, text!);
            try {
                for (const e of edits) {
                    const at = e.at % (text!.length + 1);
                    text = text!.slice(0, at) + e.insert + text!.slice(at + e.remove);
                    total++;
                    if (await expectSameAsFresh(doc, text)) partial++;
                }
            } finally {
                await close(edited, doc);
            }
        }), { numRuns: Number(process.env.TOC_PROPERTY_RUNS ?? 150) });
        // The property means something only if a fair share of the edits took the partial path.
        expect(partial, `${partial} of ${total} edits parsed in part`).toBeGreaterThan(total / 20);
    }, 600_000);
});
