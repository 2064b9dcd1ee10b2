/**
 * A reference read while a new build has only parsed the text (an editor request runs beside the build)
 * must not be resolved against the last build's index: it would point into the old tree for good, as the
 * link phase leaves resolved references alone, and every arrow to a changed goal would be lost ("0 acties").
 */
import { AstUtils, DocumentState, URI, isReference, type LangiumDocument } from 'langium';
import { createTocServices } from 'toc-language';
import { describe, expect, it } from 'vitest';
import { MemoryFiles } from './support/memory-files.js';

const TEXT = 'uitdaging U "u"\n\ndoel D -> U "d" {\n    tussendoel T "t"\n}\n\nactie A KT -> T "a"\n\nactie B KT -> D "b"\n';

/** A theory built once, and a way to see every reference in its current tree. */
async function built() {
    const files = new MemoryFiles();
    const toc = createTocServices({ fileSystemProvider: () => files }).Toc;
    const { DocumentBuilder, LangiumDocuments, LangiumDocumentFactory } = toc.shared.workspace;
    const uri = URI.parse('memory:///early/main.toc');
    files.texts.set(uri.toString(), TEXT);
    const doc: LangiumDocument = LangiumDocumentFactory.fromString(TEXT, uri);
    LangiumDocuments.addDocument(doc);
    await DocumentBuilder.build([doc], { validation: true });
    return { files, toc, uri, doc };
}

describe('references read early, while a build has only parsed the new text', () => {
    it('resolve into the new tree when the whole text was parsed anew, and no element is taken for another file\'s', async () => {
        const { files, toc, uri, doc } = await built();
        const factory = toc.shared.workspace.LangiumDocumentFactory as unknown as { parses: { full: number } };
        const oldRoot = doc.parseResult.value;
        const fullBefore = factory.parses.full;
        // The preview asks for the model as soon as the text is parsed (a file changed on disk, reopened).
        toc.shared.workspace.DocumentBuilder.onDocumentPhase(DocumentState.Parsed, parsed => {
            toc.model.TheoryModelProvider.modelOf(parsed);
        });
        // A new action after the last element: no element holds the change, so the whole text is parsed.
        files.texts.set(uri.toString(), TEXT + '\nactie C KT -> T "c"\n');
        await toc.shared.workspace.DocumentBuilder.update([uri], []);
        expect(factory.parses.full).toBe(fullBefore + 1);
        expect(doc.parseResult.value).not.toBe(oldRoot);

        const current = new Set(AstUtils.streamAst(doc.parseResult.value));
        const targets = [...AstUtils.streamAst(doc.parseResult.value)].flatMap(node =>
            Object.values(node).flat().filter(isReference).map(ref => ({ name: ref.$refText, inTree: ref.ref !== undefined && current.has(ref.ref) })));
        expect(targets).toEqual([{ name: 'U', inTree: true }, { name: 'T', inTree: true }, { name: 'D', inTree: true }, { name: 'T', inTree: true }]);
        // Drawn as this file's own: an element of the old tree was shown as "from main.toc" beside its twin.
        const model = toc.model.TheoryModelProvider.modelOf(doc);
        expect(model.elements.filter(e => e.external).map(e => e.name)).toEqual([]);
        expect((doc.diagnostics ?? []).map(d => d.code)).not.toEqual(expect.arrayContaining(['subgoal-without-action']));
    });

    it('resolve into the current tree once the build is done, and the checks see every arrow', async () => {
        const { files, toc, uri, doc } = await built();
        const { DocumentBuilder } = toc.shared.workspace;

        // A keystroke in the goal's description: only the goal is parsed again, the actions are kept.
        let early = 0;
        DocumentBuilder.onDocumentPhase(DocumentState.Parsed, parsed => {
            // A request for the model (inlay hints, hover) at this moment must not leave the checks a model without arrows.
            toc.model.TheoryModelProvider.modelOf(parsed);
            const now = new Set(AstUtils.streamAst(parsed.parseResult.value));
            for (const node of now) {
                for (const value of Object.values(node).flat()) if (isReference(value) && value.ref && !now.has(value.ref)) early++;
            }
        });
        const changed = TEXT.replace('"d"', '"de"');
        files.texts.set(uri.toString(), changed);
        await DocumentBuilder.update([uri], []);

        const root = doc.parseResult.value;
        const current = new Set(AstUtils.streamAst(root));
        let checked = 0;
        for (const node of AstUtils.streamAst(root)) {
            for (const value of Object.values(node).flat()) {
                if (!isReference(value)) continue;
                expect(value.ref, value.$refText).toBeDefined();
                expect(current.has(value.ref!), `${value.$refText} points into the old tree`).toBe(true);
                checked++;
            }
        }
        expect(checked).toBe(3);
        // The early reads found no element of the old tree (such a read is answered "not yet").
        expect(early).toBe(0);
        const model = toc.model.TheoryModelProvider.modelOf(doc);
        expect(model.contributions.filter(c => !c.implicit).map(c => `${c.from.name}->${c.to.name}`).sort()).toEqual(['A->T', 'B->D', 'D->U']);
        // And the checks saw those arrows: no challenge without a goal, no goal or subgoal without an action.
        expect((doc.diagnostics ?? []).map(d => d.code)).not.toEqual(expect.arrayContaining(['challenge-without-goal']));
        expect((doc.diagnostics ?? []).map(d => d.code)).not.toEqual(expect.arrayContaining(['goal-without-action']));
        expect((doc.diagnostics ?? []).map(d => d.code)).not.toEqual(expect.arrayContaining(['subgoal-without-action']));
    });
});
