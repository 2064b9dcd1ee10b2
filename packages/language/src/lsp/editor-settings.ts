/**
 * Settings that change the checks while the editor runs: the `toc.rules` setting (rule -> severity)
 * and edits to a toc.config.json on disk. Both revalidate every document, so the Problems list follows.
 */
import { DocumentState } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { CONFIG_FILE_NAME } from '../config/toc-config.js';
import type { TocServices } from '../toc-module.js';

export interface EditorSettings {
    start(): void;
    /** Applies `toc.rules` from the editor's settings. */
    setRules(rules: unknown): Promise<void>;
    /** Forgets the toc.config.json files read so far and checks every document again. */
    configFilesChanged(): Promise<void>;
}

export class DefaultEditorSettings implements EditorSettings {
    private readonly shared: LangiumSharedServices;

    constructor(shared: LangiumSharedServices) {
        this.shared = shared;
    }

    private get languages(): TocServices[] {
        return this.shared.ServiceRegistry.all as TocServices[];
    }

    start(): void {
        const configuration = this.shared.workspace.ConfigurationProvider;
        configuration.onConfigurationSectionUpdate(update => {
            const settings = update.configuration as Record<string, unknown> | undefined;
            if (update.section === 'toc') void this.setRules(settings?.rules);
            else if (update.section === 'toc.rules') void this.setRules(settings);
        });
        // Settings fetched at start-up (workspace/configuration) fire no update: read them once ready.
        configuration.ready.then(async () => {
            const rules = await configuration.getConfiguration('toc', 'rules');
            if (rules) await this.setRules(rules);
        }).catch(() => undefined);
        this.shared.lsp.DocumentUpdateHandler.onWatchedFilesChange(params => {
            if (params.changes.some(c => c.uri.endsWith('/' + CONFIG_FILE_NAME))) void this.configFilesChanged();
        });
    }

    async setRules(rules: unknown): Promise<void> {
        const clean: Record<string, string> = {};
        if (rules && typeof rules === 'object') {
            for (const [rule, severity] of Object.entries(rules as Record<string, unknown>)) {
                if (typeof severity === 'string') clean[rule] = severity;
            }
        }
        for (const services of this.languages) services.config.ConfigProvider.setEditorRules(clean);
        await this.revalidate();
    }

    async configFilesChanged(): Promise<void> {
        for (const services of this.languages) services.config.ConfigProvider.clear();
        await this.revalidate();
    }

    private async revalidate(): Promise<void> {
        await this.shared.workspace.WorkspaceManager.ready;
        const builder = this.shared.workspace.DocumentBuilder;
        await this.shared.workspace.WorkspaceLock.write(async token => {
            for (const document of this.shared.workspace.LangiumDocuments.all) {
                if (document.state > DocumentState.IndexedReferences) builder.resetToState(document, DocumentState.IndexedReferences);
            }
            await builder.update([], [], token);
        });
    }
}
