/**
 * The project keeps its own versions of a few Langium internals, for speed (see each file's comment). Each
 * must give exactly what Langium's own gives: this compares them, on every example and on generated
 * theories, with the Langium method called on the same service. Langium is pinned exactly
 * (packages/language/package.json); after an update, this file says whether the copies still hold.
 */
import fc from 'fast-check';
import {
    AstUtils, CstUtils, DefaultAstNodeDescriptionProvider, DefaultDocumentBuilder, DefaultLinker, DefaultReferenceDescriptionProvider,
    GrammarAST, GrammarUtils, type AstNode, type AstNodeDescription, type LangiumDocument, type Reference,
} from 'langium';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { collectTocFiles, loadWorkspace } from 'toc-language/node';
import { createTocServices, type TocCoreServices } from 'toc-language';
import { NodeFileSystem } from 'langium/node';
import { findNodeForProperty } from '../../packages/language/src/parser/property-node.js';
import { astIndex } from '../../packages/language/src/workspace/ast-index.js';
import { createEnv, load, type Env } from '../robustness/harness.js';
import { validTheoryArb } from '../robustness/theory-arbitraries.js';

const EXAMPLES = collectTocFiles([path.resolve(__dirname, '../../examples')]);
const GENERATED = fc.sample(validTheoryArb, { numRuns: 25, seed: 14 });

interface Corpus { services: TocCoreServices; documents: LangiumDocument[] }
let examples: Corpus;
let generated: Corpus;
let env: Env;

beforeAll(async () => {
    const loaded = await loadWorkspace(EXAMPLES);
    examples = { services: loaded.services, documents: loaded.documents };
    env = await createEnv();
    const documents: LangiumDocument[] = [];
    for (const theory of GENERATED) documents.push(...Object.values((await load(env, theory.files)).docs));
    generated = { services: env.services, documents };
}, 120_000);

const where = (node: AstNode) => `${AstUtils.getDocument(node).uri.path}#${node.$cstNode?.offset ?? '?'}`;

function refTarget(ref: Reference): string {
    return ref.ref ? `${AstUtils.getDocument(ref.ref).uri.toString()}${examples.services.workspace.AstNodeLocator.getAstNodePath(ref.ref)}` : `error: ${ref.error?.message}`;
}

describe('copies of Langium internals give what Langium gives', () => {
    it('the corpus is not empty', () => {
        expect(examples.documents.length).toBeGreaterThan(5);
        expect(generated.documents.length).toBeGreaterThanOrEqual(25);
    });

    for (const [name, corpus] of [['examples', () => examples], ['generated theories', () => generated]] as const) {
        describe(name, () => {
            it('ast-index.ts: the nodes in streamAst order, the references in streamAst + streamReferences order', () => {
                for (const doc of corpus().documents) {
                    const root = doc.parseResult.value;
                    const index = astIndex(root);
                    expect(index.nodes).toEqual(AstUtils.streamAst(root).toArray());
                    const langium = AstUtils.streamAst(root).flatMap(n => AstUtils.streamReferences(n)).toArray();
                    expect(index.references.map(r => [r.container, r.property, r.index, r.reference]))
                        .toEqual(langium.map(r => [r.container, r.property, r.index, r.reference]));
                }
            });

            it('toc-linker.ts: TocLinker.link resolves every reference as DefaultLinker.link does', async () => {
                const { services, documents } = corpus();
                const linker = services.references.Linker;
                for (const doc of documents) {
                    const refs = astIndex(doc.parseResult.value).references.map(r => r.reference as Reference);
                    const ours = refs.map(refTarget);
                    linker.unlink(doc);
                    await DefaultLinker.prototype.link.call(linker, doc);
                    expect(refs.map(refTarget), doc.uri.path).toEqual(ours);
                    linker.unlink(doc);
                    await linker.link(doc);
                    expect(refs.map(refTarget), doc.uri.path).toEqual(ours);
                }
            });

            it('toc-linker.ts: the reference index is DefaultReferenceDescriptionProvider.createDescriptions', async () => {
                const { services, documents } = corpus();
                const provider = services.workspace.ReferenceDescriptionProvider;
                for (const doc of documents) {
                    const langium = await DefaultReferenceDescriptionProvider.prototype.createDescriptions.call(provider, doc);
                    expect(await provider.createDescriptions(doc), doc.uri.path).toEqual(langium);
                }
            });

            it('toc-node-descriptions.ts: createDescription has the fields and values of Langium\'s', () => {
                const { services, documents } = corpus();
                const provider = services.workspace.AstNodeDescriptionProvider;
                const plain = (d: AstNodeDescription) => ({
                    node: d.node, name: d.name, type: d.type, documentUri: d.documentUri.toString(), path: d.path,
                    nameSegment: d.nameSegment, selectionSegment: d.selectionSegment,
                });
                let named = 0;
                for (const doc of documents) {
                    for (const node of astIndex(doc.parseResult.value).nodes) {
                        const name = services.references.NameProvider.getName(node);
                        if (!name) continue;
                        named++;
                        const ours = provider.createDescription(node, name, doc);
                        const langium = DefaultAstNodeDescriptionProvider.prototype.createDescription.call(provider, node, name, doc);
                        expect(Object.keys(ours).sort(), where(node)).toEqual(Object.keys(langium).sort());
                        expect(plain(ours), where(node)).toEqual(plain(langium));
                    }
                }
                expect(named).toBeGreaterThan(0);
            });

            it('property-node.ts: findNodeForProperty finds the node GrammarUtils.findNodeForProperty finds', () => {
                const { services, documents } = corpus();
                const features = [...new Set(AstUtils.streamAllContents(services.Grammar).filter(GrammarAST.isAssignment).map(a => a.feature))];
                let compared = 0;
                for (const doc of documents) {
                    for (const node of astIndex(doc.parseResult.value).nodes) {
                        for (const feature of features) {
                            const langium = GrammarUtils.findNodeForProperty(node.$cstNode, feature);
                            expect(findNodeForProperty(node.$cstNode, feature), `${where(node)} ${feature}`).toBe(langium);
                            if (langium) compared++;
                        }
                    }
                }
                expect(compared).toBeGreaterThan(0);
            });
        });
    }

    it('toc-document-builder.ts: parsing first, then Langium\'s build, gives what Langium\'s build alone gives', async () => {
        // The same files through both builders, each in a fresh workspace: every file is listed, so the
        // import loading the builder adds has nothing to add and only the parse phase differs.
        const ours = await loadWorkspace(EXAMPLES);
        const services = createTocServices(NodeFileSystem).Toc;
        const builder = services.shared.workspace.DocumentBuilder;
        (builder as unknown as { buildDocuments: unknown }).buildDocuments = (DefaultDocumentBuilder.prototype as unknown as { buildDocuments: unknown }).buildDocuments;
        const langium = await loadWorkspace(EXAMPLES, services);
        const summary = (docs: LangiumDocument[]) => docs.map(d => ({
            uri: d.uri.toString(), state: d.state, text: CstUtils.streamCst(d.parseResult.value.$cstNode!).count(),
            diagnostics: d.diagnostics?.map(x => [x.code, x.message, x.range]),
        })).sort((a, b) => a.uri.localeCompare(b.uri));
        expect(summary(ours.documents)).toEqual(summary(langium.documents));
    });
});
