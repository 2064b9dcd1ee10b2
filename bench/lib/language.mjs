/** Loads the language in-process (the Node 20 polyfill first) for the in-process measurements. */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
require('toc-language/polyfill');

export const language = await import('toc-language');
export const langium = await import('langium');

/** Fresh services on an empty file system (or `files`), as a test or the command line would make them. */
export function services(files) {
    return language.createTocServices({ fileSystemProvider: () => files ?? new langium.EmptyFileSystemProvider() }).Toc;
}

/** The texts of documents that are changed the way the editor changes them (see `change`). */
export class MemoryFiles extends langium.EmptyFileSystemProvider {
    texts = new Map();
    async readFile(uri) {
        return this.readFileSync(uri);
    }
    readFileSync(uri) {
        const text = this.texts.get(uri.toString());
        if (text === undefined) throw new Error(`no text for ${uri.toString()}`);
        return text;
    }
}

/**
 * Gives a built document a new text the way the language server does after a keystroke
 * (DocumentBuilder.update: only the changed element is parsed again when that is safe).
 * `toc` must have been made with `services(files)`.
 */
export async function change(toc, files, doc, text) {
    files.texts.set(doc.uri.toString(), text);
    await toc.shared.workspace.DocumentBuilder.update([doc.uri], []);
    return doc;
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
