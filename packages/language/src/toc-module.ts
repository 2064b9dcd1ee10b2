/**
 * Dependency injection for the language: the Langium defaults, with this language's own services
 * (scoping, checks, model, config, syntax messages, editor features) in their place.
 */
import {
    inject, type DeepPartial, type Module,
} from 'langium';
import {
    createDefaultModule, createDefaultSharedModule, type DefaultSharedModuleContext, type LangiumServices,
    type LangiumSharedServices, type PartialLangiumServices,
} from 'langium/lsp';
import { TocGeneratedModule, TocGeneratedSharedModule } from './generated/module.js';
import { DefaultTocConfigProvider, type TocConfigProvider } from './config/toc-config.js';
import { SystemClock, type Clock } from './model/clock.js';
import { DefaultDocumentLanguage, type DocumentLanguage } from './i18n/document-language.js';
import { DefaultTheoryModelProvider, type TheoryModelProvider } from './model/model-provider.js';
import { createTocParser } from './parser/toc-parser.js';
import { TocParserErrorMessageProvider } from './parser/syntax-errors.js';
import { TocValueConverter } from './parser/toc-value-converter.js';
import { TocScopeComputation } from './scoping/toc-scope-computation.js';
import { TocScopeProvider } from './scoping/toc-scope-provider.js';
import { TocLinker, TocReferenceDescriptionProvider } from './scoping/toc-linker.js';
import { TocAstNodeDescriptionProvider } from './scoping/toc-node-descriptions.js';
import { TocDocumentValidator } from './validation/toc-document-validator.js';
import { TocLspModule, TocSharedLspModule } from './lsp/toc-lsp-module.js';
import { TocDocumentBuilder } from './workspace/toc-document-builder.js';
import { TocDocumentFactory } from './workspace/toc-document-factory.js';
import { DefaultConfigDiagnostics, type ConfigDiagnostics } from './lsp/config-diagnostics.js';
import { DefaultEditorSettings, type EditorSettings } from './lsp/editor-settings.js';
import { DefaultModelNotifier, type ModelNotifier } from './lsp/model-notifier.js';

export interface TocAddedServices {
    config: { ConfigProvider: TocConfigProvider };
    i18n: { DocumentLanguage: DocumentLanguage };
    model: { TheoryModelProvider: TheoryModelProvider; Clock: Clock };
}

export type TocServices = LangiumServices & TocAddedServices;

export const TocModule: Module<TocServices, PartialLangiumServices & TocAddedServices> = {
    config: { ConfigProvider: services => new DefaultTocConfigProvider(services.shared.workspace.FileSystemProvider) },
    i18n: { DocumentLanguage: services => new DefaultDocumentLanguage(services) },
    model: { TheoryModelProvider: services => new DefaultTheoryModelProvider(services), Clock: () => new SystemClock() },
    parser: {
        LangiumParser: services => createTocParser(services),
        ParserErrorMessageProvider: () => new TocParserErrorMessageProvider(),
        ValueConverter: () => new TocValueConverter(),
    },
    references: {
        ScopeComputation: services => new TocScopeComputation(services),
        ScopeProvider: services => new TocScopeProvider(services),
        Linker: services => new TocLinker(services),
    },
    validation: {
        DocumentValidator: services => new TocDocumentValidator(services),
    },
    workspace: {
        ReferenceDescriptionProvider: services => new TocReferenceDescriptionProvider(services),
        AstNodeDescriptionProvider: services => new TocAstNodeDescriptionProvider(services),
    },
};

/** What the toc server adds to Langium's shared services; startTocServer starts them. */
export interface TocAddedSharedServices {
    toc: { ModelNotifier: ModelNotifier; EditorSettings: EditorSettings; ConfigDiagnostics: ConfigDiagnostics };
}

export type TocSharedServices = LangiumSharedServices & TocAddedSharedServices;

export const TocSharedModule: Module<TocSharedServices, DeepPartial<LangiumSharedServices> & TocAddedSharedServices> = {
    workspace: {
        DocumentBuilder: services => new TocDocumentBuilder(services),
        LangiumDocumentFactory: services => new TocDocumentFactory(services),
    },
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
    const shared = inject(createDefaultSharedModule(context), TocGeneratedSharedModule, TocSharedModule, TocSharedLspModule as Module<LangiumSharedServices, object>);
    const Toc = inject(createDefaultModule({ shared }), TocGeneratedModule, TocModule, TocLspModule as Module<TocServices, object>, (extra ?? {}) as Module<TocServices, object>);
    shared.ServiceRegistry.register(Toc);
    return { shared, Toc };
}
