/**
 * Dependency injection for the language in the editor: the Langium defaults with their editor features,
 * this language's own services (toc-core-module.ts) and its editor features (lsp/) in their place.
 */
import { inject, type DeepPartial, type Module } from 'langium';
import {
    createDefaultModule, createDefaultSharedModule, type DefaultSharedModuleContext, type LangiumServices,
    type LangiumSharedServices,
} from 'langium/lsp';
import { TocGeneratedModule, TocGeneratedSharedModule } from './generated/module.js';
import { TocLspModule, TocSharedLspModule } from './lsp/toc-lsp-module.js';
import { DefaultConfigDiagnostics, type ConfigDiagnostics } from './lsp/config-diagnostics.js';
import { DefaultEditorSettings, type EditorSettings } from './lsp/editor-settings.js';
import { DefaultModelNotifier, type ModelNotifier } from './lsp/model-notifier.js';
import { TocModule, TocSharedModule, type TocAddedServices } from './toc-core-module.js';

export { TocModule, TocSharedModule, type TocAddedServices } from './toc-core-module.js';

export type TocServices = LangiumServices & TocAddedServices;

/** What the toc server adds to Langium's shared services; startTocServer starts them. */
export interface TocAddedSharedServices {
    toc: { ModelNotifier: ModelNotifier; EditorSettings: EditorSettings; ConfigDiagnostics: ConfigDiagnostics };
}

export type TocSharedServices = LangiumSharedServices & TocAddedSharedServices;

/** The server's own shared services, on top of TocSharedModule (the workspace, in toc-core-module.ts). */
export const TocSharedEditorModule: Module<TocSharedServices, TocAddedSharedServices> = {
    toc: {
        ModelNotifier: services => new DefaultModelNotifier(services),
        EditorSettings: services => new DefaultEditorSettings(services),
        ConfigDiagnostics: services => new DefaultConfigDiagnostics(services),
    },
};

export function createTocServices(context: DefaultSharedModuleContext, extra?: Module<TocServices, DeepPartial<TocServices>>): {
    shared: TocSharedServices;
    Toc: TocServices;
} {
    const shared = inject(createDefaultSharedModule(context), TocGeneratedSharedModule, TocSharedModule, TocSharedEditorModule, TocSharedLspModule as Module<LangiumSharedServices, object>);
    const Toc = inject(createDefaultModule({ shared }), TocGeneratedModule, TocModule, TocLspModule as Module<TocServices, object>, (extra ?? {}) as Module<TocServices, object>);
    shared.ServiceRegistry.register(Toc);
    return { shared, Toc };
}
