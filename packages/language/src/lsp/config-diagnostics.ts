/**
 * Shows what is wrong in a team's toc.config.json (a misspelt rule, a severity that does not exist,
 * text that is not JSON) as warnings on that file, so a typo no longer silently does nothing.
 *
 * After every build (the workspace's first, each edit, and the rebuild that follows a change to a
 * toc.config.json on disk) the configs that apply to the loaded documents are looked up and their
 * problems published on each config file's own URI, only when they changed; a file that is fixed, or
 * no longer applies to any document, gets an empty list. Nothing here may stop the server: a failure
 * is logged and the next build tries again.
 */
import { DocumentState, URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Connection, Diagnostic } from 'vscode-languageserver';
import { CONFIG_FILE_NAME, type TocConfig } from '../config/toc-config.js';
import { configProblemDiagnostics } from '../config/config-problems.js';
import type { TocServices } from '../toc-module.js';

export interface ConfigDiagnostics {
    start(connection: Connection): void;
    /** Looks the configs up again and publishes what changed. */
    publish(): void;
}

export class DefaultConfigDiagnostics implements ConfigDiagnostics {
    private readonly shared: LangiumSharedServices;
    private connection?: Connection;
    /** What was last sent per config URI (as JSON), so unchanged lists are not sent again. */
    private readonly sent = new Map<string, string>();
    private scheduled = false;

    constructor(shared: LangiumSharedServices) {
        this.shared = shared;
    }

    start(connection: Connection): void {
        this.connection = connection;
        const builder = this.shared.workspace.DocumentBuilder;
        // The workspace's first build stops at IndexedReferences (no validation); edits and rebuilds go on to Validated.
        builder.onBuildPhase(DocumentState.IndexedReferences, () => this.schedule());
        builder.onBuildPhase(DocumentState.Validated, () => this.schedule());
        // A deleted config, or one in a folder with no document left, is seen only here.
        this.shared.lsp.DocumentUpdateHandler.onWatchedFilesChange(params => {
            if (params.changes.some(c => c.uri.endsWith('/' + CONFIG_FILE_NAME))) this.schedule();
        });
    }

    private schedule(): void {
        if (this.scheduled) return;
        this.scheduled = true;
        setTimeout(() => { // not setImmediate: a browser's Web Worker has none
            this.scheduled = false;
            this.publish();
        });
    }

    /** Synchronous, so two rounds never interleave and an older list never overtakes a newer one. */
    publish(): void {
        const connection = this.connection;
        if (!connection) return;
        try {
            const documents = this.shared.workspace.LangiumDocuments.all.toArray();
            const configFor = (uri: URI): TocConfig => {
                const services = this.shared.ServiceRegistry.getServices(uri) as TocServices;
                return services.config.ConfigProvider.configFor(uri);
            };
            const current = new Map<string, Diagnostic[]>();
            for (const { uri, diagnostics } of configProblemDiagnostics(documents, configFor)) {
                current.set(uri, diagnostics);
            }
            for (const uri of this.sent.keys()) {
                if (!current.has(uri)) current.set(uri, []);
            }
            for (const [uri, diagnostics] of current) {
                const json = JSON.stringify(diagnostics);
                if ((this.sent.get(uri) ?? '[]') === json) continue;
                if (diagnostics.length > 0) this.sent.set(uri, json);
                else this.sent.delete(uri);
                connection.sendDiagnostics({ uri, diagnostics }).catch(() => undefined);
            }
        } catch (e) {
            try {
                connection.console.error(`toc: could not report the problems of ${CONFIG_FILE_NAME}: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
            } catch {
                // the connection is gone; nothing to tell
            }
        }
    }
}
