/** Loads the language in-process (the Node 20 polyfill first) for the in-process measurements. */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
require('toc-language/polyfill');

export const language = await import('toc-language');
export const langium = await import('langium');

/** Fresh services on an empty file system, as a test or the command line would make them. */
export function services() {
    return language.createTocServices(langium.EmptyFileSystem).Toc;
}

/** Parses, links and validates `text` as one document; returns the document. */
export async function build(toc, text, uri = 'file:///bench/theory.toc') {
    const docs = toc.shared.workspace.LangiumDocuments;
    const u = langium.URI.parse(uri);
    if (docs.hasDocument(u)) docs.deleteDocument(u);
    const doc = toc.shared.workspace.LangiumDocumentFactory.fromString(text, u);
    docs.addDocument(doc);
    await toc.shared.workspace.DocumentBuilder.build([doc], { validation: true });
    return doc;
}
