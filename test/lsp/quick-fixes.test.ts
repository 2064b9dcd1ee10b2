/**
 * Quick fixes, in process: each one leaves a document that parses, removes the finding it fixes, and
 * speaks the document's language.
 */
import type { LangiumDocument } from 'langium';
import { describe, expect, it } from 'vitest';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { EmptyFileSystem } from 'langium';
import { parseHelper } from 'langium/test';
import { createTocServices } from '../../packages/language/src/index.js';
import { snippetPlainText } from '../../packages/language/src/lsp/snippets.js';
import { applyEdits } from './lsp-client.js';
import { services, syntaxErrors, validated } from './support.js';

async function fixesFor(document: LangiumDocument, code: string): Promise<Array<{ diagnostic: Diagnostic; actions: CodeAction[] }>> {
    const provider = services.lsp.CodeActionProvider!;
    const out = [];
    for (const d of (document.diagnostics ?? []).filter(x => x.code === code)) {
        const actions = await provider.getCodeActions(document, { textDocument: { uri: document.uri.toString() }, range: d.range, context: { diagnostics: [d] } }) as CodeAction[];
        out.push({ diagnostic: d, actions });
    }
    return out;
}

/** The quick fixes for the first diagnostic with this code; none is a failure that says so. */
async function firstFixes(document: LangiumDocument, code: string): Promise<{ diagnostic: Diagnostic; actions: CodeAction[] }> {
    const [first] = await fixesFor(document, code);
    if (!first) throw new Error(`no ${code} diagnostic`);
    return first;
}

/** Applies a fix and checks the result parses; returns the new document. */
async function apply(document: LangiumDocument, action: CodeAction): Promise<LangiumDocument> {
    const edits = action.edit!.changes![document.uri.toString()];
    const text = applyEdits(document.textDocument.getText(), edits!);
    const fixed = await validated(text);
    expect(syntaxErrors(fixed), `after "${action.title}":\n${text}`).toEqual([]);
    return fixed;
}

const codes = (d: LangiumDocument) => (d.diagnostics ?? []).map(x => x.code);

/** `count` diagnostics of `code`, each with a first fix (titled `title`, when given) that removes that one only. */
async function expectEachFixRemovesItsOwn(document: LangiumDocument, code: string, count: number, title?: string): Promise<void> {
    const found = await fixesFor(document, code);
    expect(found.length).toBe(count);
    for (const { actions } of found) {
        if (title !== undefined) expect(actions[0]!.title).toBe(title);
        const fixed = await apply(document, actions[0]!);
        expect(codes(fixed).filter(c => c === code)).toHaveLength(count - 1);
    }
}

const DUTCH = `uitdaging Isolement "Gezinnen kennen elkaar niet."

doel Contact -> Isolement "Meer contact." {
    tussendoel Kennen "Ze kennen elkaar."
}

actie Spel -> Kennen "Een spelnamiddag."

actie Koffie KT -> Kennen "Koffie." {
    trekker "Buurtwerker"
    resultaat Opkomst "Tien gezinnen komen." {
        indicator "Aftekenlijst"
    }
    resultaat Sfeer "Het is gezellig."
    resultaat Praten "Ze praten." { norm >= 50% }
}
`;

const ENGLISH = `challenge Loneliness "People feel alone."

goal Contact -> Loneliness "More contact."

action Visit -> Contact "We visit."
`;

describe('quick fixes', () => {
    it('add a horizon: one per Dutch horizon, each parses and fixes the finding', async () => {
        const doc = await validated(DUTCH);
        const { actions } = await firstFixes(doc, 'action-without-horizon');
        expect(actions.map(a => a.title)).toEqual([
            'Voeg de termijn KT toe (korte termijn)', 'Voeg de termijn MLT toe (middellange termijn)', 'Voeg de termijn LT toe (lange termijn)',
        ]);
        for (const action of actions) {
            const fixed = await apply(doc, action);
            expect(codes(fixed)).not.toContain('action-without-horizon');
        }
    });

    it('add a horizon in English: ST, MT, LT', async () => {
        const doc = await validated(ENGLISH);
        const { actions } = await firstFixes(doc, 'action-without-horizon');
        expect(actions.map(a => a.title)).toEqual(['Add the horizon ST (short term)', 'Add the horizon MT (medium term)', 'Add the horizon LT (long term)']);
        const fixed = await apply(doc, actions[0]!);
        expect(fixed.textDocument.getText()).toContain('action Visit ST -> Contact');
    });

    it('add a result with a norm and an indicator to an action without result (with and without a block)', async () => {
        for (const text of [DUTCH, ENGLISH, DUTCH.replace('actie Spel -> Kennen "Een spelnamiddag."', 'actie Spel -> Kennen "Een spelnamiddag." {\n    trekker "Jan"\n}')]) {
            const doc = await validated(text);
            const { actions } = await firstFixes(doc, 'action-without-result');
            expect(actions).toHaveLength(1);
            const fixed = await apply(doc, actions[0]!);
            expect(codes(fixed)).not.toContain('action-without-result');
            // The new result has its norm and indicator: no new findings about results.
            const count = (d: LangiumDocument, c: string) => codes(d).filter(x => x === c).length;
            expect(count(fixed, 'result-without-norm')).toBe(count(doc, 'result-without-norm'));
            expect(count(fixed, 'result-without-indicator')).toBe(count(doc, 'result-without-indicator'));
        }
        const doc = await validated(ENGLISH);
        const { actions } = await firstFixes(doc, 'action-without-result');
        expect(actions[0]!.title).toBe('Add a result with a norm and an indicator');
        const fixed = await apply(doc, actions[0]!);
        expect(fixed.textDocument.getText()).toContain('action Visit -> Contact "We visit." {\n    result "');
    });

    it('writes into a block that is still open instead of opening a second one', async () => {
        const doc = await validated('action Visit ST -> Contact "We visit." {\n    owner "Jan"\n');
        const { actions } = await firstFixes(doc, 'action-without-result');
        const text = applyEdits(doc.textDocument.getText(), actions[0]!.edit!.changes![doc.uri.toString()]!);
        expect(text.match(/\{/g)).toHaveLength(2); // the action's own and the new result's
        expect(text).toContain('action Visit ST -> Contact "We visit." {\n    result "');
        // It had one syntax error (the missing `}`) and has no more after the fix.
        const fixed = await validated(text);
        expect(syntaxErrors(fixed).length).toBeLessThanOrEqual(syntaxErrors(doc).length);
    });

    it('add an indicator and a norm to results (block, no block, one-line block)', async () => {
        const doc = await validated(DUTCH);
        await expectEachFixRemovesItsOwn(doc, 'result-without-indicator', 2, 'Voeg een indicator toe'); // Sfeer and Praten
        await expectEachFixRemovesItsOwn(doc, 'result-without-norm', 2, 'Voeg een norm toe'); // Opkomst and Sfeer
        const oneLine = await validated('actie A KT "a" {\n    resultaat R "r" { indicator "i" }\n}\n');
        const { actions } = await firstFixes(oneLine, 'result-without-norm');
        const fixed = await apply(oneLine, actions[0]!);
        expect(codes(fixed)).not.toContain('result-without-norm');
    });

    it('for an unknown name: change it to the nearest one, create it, or remove it from the arrow', async () => {
        const text = DUTCH.replace('actie Spel -> Kennen', 'actie Spel -> Kenen, Contact');
        const doc = await validated(text);
        const { actions } = await firstFixes(doc, 'unresolved-reference');
        expect(actions.map(a => a.title)).toEqual([
            'Verander in `Kennen`', 'Maak tussendoel `Kenen` aan', 'Maak doel `Kenen` aan', 'Haal `Kenen` weg uit de bijdragen',
        ]);
        for (const action of actions) {
            const fixed = await apply(doc, action);
            expect(codes(fixed)).not.toContain('unresolved-reference');
        }
        const removed = await apply(doc, actions[3]!);
        expect(removed.textDocument.getText()).toContain('actie Spel -> Contact "Een spelnamiddag."');
        const created = await apply(doc, actions[1]!);
        // A new subgoal goes with the elements before the actions.
        expect(created.textDocument.getText().indexOf('tussendoel Kenen')).toBeLessThan(created.textDocument.getText().indexOf('actie Spel'));
    });

    it('removes a lone unknown target together with its arrow, and a last one with its comma', async () => {
        const lone = await validated(ENGLISH.replace('-> Contact', '-> Nowhere'));
        const { actions } = await firstFixes(lone, 'unresolved-reference');
        const remove = actions.find(a => a.title.startsWith('Remove'))!;
        expect((await apply(lone, remove)).textDocument.getText()).toContain('action Visit "We visit."');
        const create = actions.find(a => a.title.startsWith('Create'))!;
        expect(create.title).toBe('Create subgoal `Nowhere`');
        const last = await validated(ENGLISH.replace('-> Contact', '-> Contact, Nowhere'));
        const { actions: a2 } = await firstFixes(last, 'unresolved-reference');
        expect((await apply(last, a2.find(a => a.title.startsWith('Remove'))!)).textDocument.getText()).toContain('action Visit -> Contact "We visit."');
    });

    it('creates a missing challenge for a goal', async () => {
        const doc = await validated('goal Contact -> Loneliness "More contact."\n');
        const { actions } = await firstFixes(doc, 'unresolved-reference');
        const create = actions.find(a => a.title === 'Create challenge `Loneliness`')!;
        const fixed = await apply(doc, create);
        expect(codes(fixed)).not.toContain('unresolved-reference');
        expect(codes(fixed)).not.toContain('goal-without-challenge');
    });

    it('adds a description where one is missing', async () => {
        const doc = await validated('uitdaging A\n\ndoel B -> A {\n    tussendoel C\n}\nactie D KT -> C\n');
        await expectEachFixRemovesItsOwn(doc, 'missing-description', 4);
    });

    it('adds an action that contributes to a goal or subgoal without one; its fields warn until filled in', async () => {
        const doc = await validated('uitdaging I "Isolement."\n\ndoel Contact -> I "Meer contact." {\n    tussendoel Kennen "Ze kennen elkaar."\n}\n');
        const { actions } = await firstFixes(doc, 'subgoal-without-action');
        expect(actions.map(a => a.title)).toEqual(['Voeg een actie toe die bijdraagt aan `Kennen`']);
        const fixed = await apply(doc, actions[0]!);
        const text = fixed.textDocument.getText();
        expect(text).toContain('actie Naam KT -> Kennen "Wat doen we?" {');
        expect(codes(fixed)).not.toContain('subgoal-without-action');
        expect(codes(fixed)).not.toContain('goal-without-action');
        // Name, description, result text, norm and indicator text: each still the template's.
        expect(codes(fixed).filter(c => c === 'placeholder')).toHaveLength(5);
        // Filled in as a user would, Tab by Tab (a number typed over the norm's 0).
        const filled = await validated(text.replace('Naam', 'Spel').replace('Wat doen we?', 'Een spelnamiddag.')
            .replace('Wat willen we zien?', 'Tien gezinnen komen.').replace('>= 0%', '>= 30%').replace('Hoe meten we het?', 'Aftekenlijst.'));
        expect(codes(filled)).toEqual([]);
        expect((await fixesFor(await validated(ENGLISH.replace('action Visit -> Contact "We visit."\n', '')), 'goal-without-action'))[0]!.actions[0]!.title)
            .toBe('Add an action that contributes to `Contact`');
    });

    it('adds a goal for a challenge without one', async () => {
        const doc = await validated('challenge Loneliness "People feel alone."\n');
        const { actions } = await firstFixes(doc, 'challenge-without-goal');
        expect(actions.map(a => a.title)).toEqual(['Add a goal for `Loneliness`']);
        const fixed = await apply(doc, actions[0]!);
        expect(fixed.textDocument.getText()).toContain('goal Name -> Loneliness "What do we want to reach in the long term?"');
        expect(codes(fixed)).not.toContain('challenge-without-goal');
        expect(codes(fixed).filter(c => c === 'placeholder')).toHaveLength(2);
    });

    it('never leaves a placeholder silently valid: the norm a fix adds is no norm until its number is the user\'s', async () => {
        const doc = await validated('actie A KT "a" {\n    resultaat R "r" {\n        indicator I "i" {\n            meting 2026-09 90%\n        }\n    }\n}\n');
        const { actions } = await firstFixes(doc, 'result-without-norm');
        const fixed = await apply(doc, actions[0]!);
        expect(codes(fixed)).toContain('placeholder');
        // 90% against the template's >= 0% would read as "gehaald": it must not.
        expect(codes(fixed)).not.toContain('norm-met');
        expect(codes(fixed)).not.toContain('norm-not-met');
        const own = await validated(fixed.textDocument.getText().replace('>= 0%', '>= 95%'));
        expect(codes(own)).not.toContain('placeholder');
        expect(codes(own)).toContain('norm-not-met');
    });

    it('sends snippets with tab stops to an editor that supports snippet edits, indented for it', async () => {
        const snippetServices = createTocServices(EmptyFileSystem);
        await snippetServices.shared.lsp.LanguageServer.initialize({
            processId: null, rootUri: null, workspaceFolders: null,
            capabilities: { workspace: { workspaceEdit: { snippetEditSupport: true } } },
        });
        const text = 'actie A KT "a" {\n    resultaat R "r" {\n        indicator I "i"\n    }\n}\n';
        const doc = await parseHelper(snippetServices.Toc)(text, { validation: true });
        const plainDoc = await validated(text);
        const d = doc.diagnostics!.find(x => x.code === 'result-without-norm')!;
        const [action] = await snippetServices.Toc.lsp.CodeActionProvider!.getCodeActions(doc, { textDocument: { uri: doc.uri.toString() }, range: d.range, context: { diagnostics: [d] } }) as CodeAction[];
        const change = action!.edit!.documentChanges![0] as { edits: Array<{ range: unknown; snippet: { kind: string; value: string } }> };
        const snippet = change.edits[0]!.snippet;
        expect(snippet.kind).toBe('snippet');
        expect(snippet.value).toMatch(/norm >= \$\{1:0\}%/);
        // The editor indents every snippet line like the line it starts on (the result's `{`, 4 spaces in): the snippet leaves that out.
        const plain = (await fixesFor(plainDoc, 'result-without-norm'))[0]!.actions[0]!.edit!.changes![plainDoc.uri.toString()]![0]!.newText;
        expect(plain).toBe('\n        norm >= 0%');
        expect(snippetPlainText(snippet.value)).toBe(plain.replace('\n        ', '\n    '));
    });
});
