/**
 * Keeps the diagram live. The request `toc/model` `{ uri }` is answered with `{ uri, version, model }`
 * (TheoryJson), or null. A client showing a diagram asks with `toc/watchModel { watch: true }` to be sent
 * the same, as the notification `toc/model`, after each validation of an open document, until it says
 * `{ watch: false }`. Clients that never ask (most editors: they have no diagram) are sent nothing, so
 * the server does not build a model of about 350 KB at 2,000 lines on every keystroke for nobody. The
 * JSON is built from the model the checks already built.
 */
import { DocumentState, URI, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';
import { isTheory } from '../generated/ast.js';
import { MODEL_METHOD, WATCH_MODEL_METHOD, type ModelNotification } from '../protocol.js';
import { theoryToJson } from '../model/to-json.js';
import type { TocServices } from '../toc-module.js';


export interface ModelNotifier {
    /** Subscribes to validations and answers requests. */
    start(connection: Connection): void;
    /** The message for a document, or null when there is no theory at that URI. */
    messageFor(document: LangiumDocument): ModelNotification | null;
}

export class DefaultModelNotifier implements ModelNotifier {
    private readonly shared: LangiumSharedServices;
    private watch = false;

    constructor(shared: LangiumSharedServices) {
        this.shared = shared;
    }

    start(connection: Connection): void {
        const open = this.shared.workspace.TextDocuments;
        connection.onNotification(WATCH_MODEL_METHOD, (params: { watch?: unknown }) => {
            if (typeof params?.watch === 'boolean') this.watch = params.watch;
        });
        this.shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Validated, async (documents, cancelToken) => {
            if (!this.watch) return;
            // The diagnostics are queued to be written on the next turn of the event loop; let them go
            // out first, so the editor does not wait for the model to be built.
            await nextTurn();
            for (const document of documents) {
                if (cancelToken.isCancellationRequested || !this.watch) return;
                if (!open.get(document.uri.toString())) continue;
                // A change that came in during the wait has reset the document: the next validation sends it.
                // Building the model now would resolve its references before the index is ready, and a
                // reference resolved to an error stays one (Langium links only unresolved ones): arrows lost.
                if (document.state < DocumentState.Validated) continue;
                const message = this.messageFor(document);
                if (message) await connection.sendNotification(MODEL_METHOD, message);
            }
        });
        connection.onRequest(MODEL_METHOD, async (params: { uri?: string }, token) => {
            if (typeof params?.uri !== 'string') return null;
            const uri = URI.parse(params.uri);
            try {
                await this.shared.workspace.WorkspaceManager.ready;
                if (!this.shared.workspace.LangiumDocuments.hasDocument(uri)) return null;
                await this.shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated, uri, token);
            } catch {
                return null;
            }
            const document = this.shared.workspace.LangiumDocuments.getDocument(uri);
            return document ? this.messageFor(document) : null;
        });
    }

    messageFor(document: LangiumDocument): ModelNotification | null {
        if (!isTheory(document.parseResult.value) || !this.shared.ServiceRegistry.hasServices(document.uri)) return null;
        const services = this.shared.ServiceRegistry.getServices(document.uri) as TocServices;
        const model = services.model.TheoryModelProvider.modelOf(document);
        return { uri: document.uri.toString(), version: document.textDocument.version, model: theoryToJson(model, document.diagnostics ?? []) };
    }
}

function nextTurn(): Promise<void> {
    return new Promise(resolve => (typeof setImmediate === 'function' ? setImmediate(resolve) : setTimeout(resolve, 0)));
}
