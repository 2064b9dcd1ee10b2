/**
 * The language without the editor: parser, scoping, checks, model and config, on Langium's core services.
 * The command line builds on this alone, so it never loads the language server's protocol and features;
 * toc-module.ts adds those for the editor.
 */
import {
    createDefaultCoreModule, createDefaultSharedCoreModule, inject, type DeepPartial, type DefaultSharedCoreModuleContext,
    type LangiumCoreServices, type LangiumSharedCoreServices, type Module, type PartialLangiumCoreServices,
} from 'langium';
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
import { TocDocumentBuilder } from './workspace/toc-document-builder.js';
import { TocDocumentFactory } from './workspace/toc-document-factory.js';

export interface TocAddedServices {
    config: { ConfigProvider: TocConfigProvider };
    i18n: { DocumentLanguage: DocumentLanguage };
    model: { TheoryModelProvider: TheoryModelProvider; Clock: Clock };
}

/** What the command line has: everything but the editor features. */
export type TocCoreServices = LangiumCoreServices & TocAddedServices;

export const TocModule: Module<TocCoreServices, PartialLangiumCoreServices & TocAddedServices> = {
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

export const TocSharedModule: Module<LangiumSharedCoreServices, DeepPartial<LangiumSharedCoreServices>> = {
    workspace: {
        DocumentBuilder: services => new TocDocumentBuilder(services),
        LangiumDocumentFactory: services => new TocDocumentFactory(services),
    },
};

export function createTocCoreServices(context: DefaultSharedCoreModuleContext, extra?: Module<TocCoreServices, DeepPartial<TocCoreServices>>): {
    shared: LangiumSharedCoreServices;
    Toc: TocCoreServices;
} {
    const shared = inject(createDefaultSharedCoreModule(context), TocGeneratedSharedModule, TocSharedModule);
    const Toc = inject(createDefaultCoreModule({ shared }), TocGeneratedModule, TocModule, (extra ?? {}) as Module<TocCoreServices, object>);
    shared.ServiceRegistry.register(Toc);
    return { shared, Toc };
}
