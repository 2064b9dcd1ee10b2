/**
 * Turns parser, linker and check findings into diagnostics: each with its rule id as `code`, the
 * severity the team configured, and a message in the document's language.
 */
import {
    Cancellation,
    AstUtils, DefaultDocumentValidator, isOperationCancelled, URI, UriUtils, type AstNode, type LangiumDocument, type ParseResult, type ValidationAcceptor,
    type ValidationOptions,
} from 'langium';
import type { IToken } from 'chevrotain';
import type { Diagnostic } from 'vscode-languageserver-types';
import { isTheory, type Theory } from '../generated/ast.js';
import { ALL_CHECKS } from '../checks/all-checks.js';
import type { CheckContext, ReportOptions } from '../checks/check-context.js';
import type { RuleId, SeveritySetting } from '../checks/rules.js';
import { DEFAULT_STALE_MONTHS, type TocConfigProvider } from '../config/toc-config.js';
import type { Lang } from '../i18n/language.js';
import { ambiguousMessage, checkMessage, ENCODING, shorten, unresolvedMessage, type CheckMessageKey, type CheckMessageParams } from '../i18n/messages.js';
import type { TheoryModelProvider } from '../model/model-provider.js';
import { kindOf, kindOfType } from '../model/element-kinds.js';
import type { ModelElement } from '../model/theory-model.js';
import { propertyRange } from '../parser/property-node.js';
import { isUnfinishedLine, lexerMessage, syntaxMessage } from '../parser/syntax-errors.js';
import { expectedKinds, TocScopeProvider } from '../scoping/toc-scope-provider.js';
import type { TocCoreServices } from '../toc-core-module.js';
import { ENCODING_DIAGNOSTIC_CODE, firstReplacementCharacter } from '../workspace/text-encoding.js';
import { closestName } from './closest-name.js';

export class TocDocumentValidator extends DefaultDocumentValidator {
    private readonly config: TocConfigProvider;
    private readonly models: TheoryModelProvider;
    private readonly scopes: TocScopeProvider;
    private readonly services: TocCoreServices;

    constructor(services: TocCoreServices) {
        super(services);
        this.services = services;
        this.config = services.config.ConfigProvider;
        this.models = services.model.TheoryModelProvider;
        this.scopes = services.references.ScopeProvider as TocScopeProvider;
    }

    override async validateDocument(document: LangiumDocument, options: ValidationOptions = {}, cancelToken = Cancellation.CancellationToken.None): Promise<Diagnostic[]> {
        const diagnostics = withoutFollowOnErrors(await super.validateDocument(document, options, cancelToken));
        const lost = firstReplacementCharacter(document.textDocument.getText());
        if (lost >= 0) diagnostics.unshift(this.encodingDiagnostic(document, lost));
        for (const d of diagnostics) d.source = 'toc';
        return diagnostics;
    }

    /**
     * U+FFFD is what a decoder writes for bytes that are not UTF-8 (the editor decodes before the server
     * sees the text): from there on, characters were lost. Saved as it is, they are lost for good.
     */
    private encodingDiagnostic(document: LangiumDocument, offset: number): Diagnostic {
        const start = document.textDocument.positionAt(offset);
        return {
            severity: 1, code: ENCODING_DIAGNOSTIC_CODE, message: ENCODING.lostCharacters(this.langOf(document)),
            range: { start, end: { line: start.line, character: start.character + 1 } },
        };
    }

    private langOf(document: LangiumDocument): Lang {
        return this.services.i18n.DocumentLanguage.of(document);
    }

    protected override processLexingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const before = diagnostics.length;
        super.processLexingErrors(parseResult, diagnostics, options);
        this.reword(parseResult, diagnostics.slice(before), lexerMessage);
    }

    protected override processParsingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const before = diagnostics.length;
        super.processParsingErrors(parseResult, diagnostics, options);
        const added = diagnostics.slice(before);
        // One diagnostic per parser error, in order: an unfinished line gets its error on its own last token.
        if (added.length === parseResult.parserErrors.length) {
            parseResult.parserErrors.forEach((e, i) => {
                const previous = (e as { previousToken?: IToken }).previousToken;
                const diagnostic = added[i];
                if (!diagnostic || !isUnfinishedLine(e) || !previous || !Number.isFinite(previous.endLine)) return;
                diagnostic.range = {
                    start: { line: previous.startLine! - 1, character: previous.startColumn! - 1 },
                    end: { line: previous.endLine! - 1, character: previous.endColumn! },
                };
            });
        }
        this.reword(parseResult, added, syntaxMessage);
    }

    /** Syntax errors in the document's language, with the rule id a user can look up. */
    private reword(parseResult: ParseResult, added: Diagnostic[], sentence: (lang: Lang, raw: string) => string): void {
        if (added.length === 0) return;
        const root = parseResult.value;
        const lang = isTheory(root) ? this.langOf(AstUtils.getDocument(root)) : 'en';
        for (const d of added) {
            d.message = sentence(lang, String(d.message));
            d.code = 'syntax-error';
        }
    }

    protected override processLinkingErrors(document: LangiumDocument, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const before = diagnostics.length;
        super.processLinkingErrors(document, diagnostics, options);
        if (diagnostics.length === before) return;
        const lang = this.langOf(document);
        const linkDiagnostics = diagnostics.slice(before);
        const errors = document.references.filter(r => r.error);
        linkDiagnostics.forEach((d, i) => {
            const error = errors[i]?.error;
            if (!error) return;
            const info = error.info;
            const name = info.reference.$refText;
            const expected = expectedKinds(info);
            const ambiguous = this.scopes.ambiguousFiles(info, name);
            if (ambiguous) {
                const files = ambiguous.map(u => UriUtils.relative(UriUtils.dirname(document.uri), URI.parse(u)));
                d.message = ambiguousMessage(lang, name, files);
                d.code = 'unresolved-reference';
                d.data = { ...(d.data ?? {}), code: 'unresolved-reference', name, expected, lang, ambiguous: files };
                return;
            }
            const visible = this.scopes.visibleElements(info).toArray();
            const sameName = visible.find(v => v.name === name);
            const foundKind = sameName ? kindOfType(sameName.type) : undefined;
            const fromKind = kindOf(info.container);
            const suggestion = foundKind ? undefined : closestName(name, visible.filter(v => expected.includes(kindOfType(v.type)!)).map(v => v.name));
            d.message = unresolvedMessage(lang, name, expected, foundKind, suggestion, fromKind);
            d.code = 'unresolved-reference';
            d.data = { ...(d.data ?? {}), code: 'unresolved-reference', name, expected, lang };
        });
    }

    /**
     * Langium walks every node to run the checks registered per type; this language registers none (its
     * checks read the theory model in validateAstAfter), so the walk only runs when someone has.
     */
    protected override async validateAstNodes(rootNode: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        const registry = this.validationRegistry;
        const anyChecks = this.services.shared.AstReflection.getAllTypes().some(type => !registry.getChecks(type, options.categories).isEmpty())
            || !registry.getChecks('AstNode', options.categories).isEmpty();
        if (anyChecks) await super.validateAstNodes(rootNode, options, acceptor, cancelToken);
    }

    protected override async validateAstAfter(rootNode: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        await super.validateAstAfter(rootNode, options, acceptor, cancelToken);
        if (!isTheory(rootNode)) return;
        const document = AstUtils.getDocument(rootNode) as LangiumDocument<Theory>;
        const model = this.models.modelOf(document);
        const documents = this.services.shared.workspace.LangiumDocuments;
        const severities = new Map<RuleId, SeveritySetting>();
        const severityOf = (rule: RuleId) => severities.get(rule) ?? severities.set(rule, this.config.severityOf(document.uri, rule)).get(rule)!;
        const report = (rule: RuleId, target: ModelElement | AstNode, params: CheckMessageParams<CheckMessageKey>,
            opts: ReportOptions & { messageKey?: CheckMessageKey } = {}) => {
            const setting = severityOf(rule);
            if (setting === 'off') return;
            const node: AstNode = isModelElement(target) ? target.node : target;
            const property = opts.property ?? ((node as { name?: string }).name ? 'name' : 'keyword');
            const key = opts.messageKey ?? (rule as CheckMessageKey);
            acceptor(setting, checkMessage(model.lang, key, params), {
                node, property, index: opts.index, range: propertyRange(node, property, opts.index), code: rule,
                data: { code: rule, ...(opts.data ?? {}) },
            });
        };
        const ctx: CheckContext = {
            model,
            lang: model.lang,
            followUp: { today: this.services.model.Clock.today(), staleMonths: this.config.configFor(document.uri).staleMonths ?? DEFAULT_STALE_MONTHS },
            exists: uri => documents.hasDocument(uri),
            report: report as CheckContext['report'],
        };
        // Each check on its own: one that throws must not take the others' findings with it (Langium would
        // log the error and drop every diagnostic of this phase). It reports itself, on the theory's first line.
        for (const check of ALL_CHECKS) {
            try {
                check(ctx);
            } catch (error) {
                if (isOperationCancelled(error)) throw error;
                acceptor('error', checkMessage(model.lang, 'internal-error', { check: check.name || 'anonymous', error: errorText(error) }), {
                    node: rootNode, range: firstLine(document), code: INTERNAL_ERROR, data: { code: INTERNAL_ERROR, check: check.name },
                });
            }
        }
    }
}

/** The code of a check that failed: not a rule (it cannot be switched off), like `config`. */
export const INTERNAL_ERROR = 'internal-error';

function errorText(error: unknown): string {
    const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return shorten(text, 200);
}

function firstLine(document: LangiumDocument) {
    const end = document.textDocument.positionAt(document.textDocument.getText().search(/\r?\n|$/));
    return { start: { line: 0, character: 0 }, end };
}

/**
 * After one syntax error the parser often trips again on the same line, and a name cut loose by an
 * unclosed quote looks unresolved: only the first syntax error of a line is worth reading.
 */
function withoutFollowOnErrors(diagnostics: Diagnostic[]): Diagnostic[] {
    const syntaxLines = new Set<number>();
    return diagnostics.filter(d => {
        const line = d.range.start.line;
        if (d.code === 'syntax-error') {
            if (syntaxLines.has(line)) return false;
            syntaxLines.add(line);
            return true;
        }
        return !(d.code === 'unresolved-reference' && syntaxLines.has(line));
    });
}

function isModelElement(x: unknown): x is ModelElement {
    return typeof x === 'object' && x !== null && 'kind' in x && 'node' in x && 'children' in x;
}
