/**
 * Answers `toc/importMeasurements` (protocol.ts): reads the workbook or table through the server's file
 * system, plans the new `meting` lines with the same code as `toc import` (follow-up/), and returns
 * them as text edits for the editor to preview and apply. All or nothing: when any row is not valid the
 * answer has no edits, only the problems.
 */
import { DocumentState, URI, UriUtils, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { CancellationToken, Connection } from 'vscode-languageserver';
import { isTheory } from '../generated/ast.js';
import { planImport } from '../follow-up/import-measurements.js';
import { readMeasurementTable, TableError } from '../follow-up/read-table.js';
import { IMPORT_WORDS, rowProblemMessage, tableProblemMessage } from '../i18n/follow-up-messages.js';
import type { Lang } from '../i18n/language.js';
import type { TheoryModel } from '../model/theory-model.js';
import { IMPORT_MEASUREMENTS_METHOD, type ImportMeasurementsAnswer, type ImportMeasurementsRequest } from '../protocol.js';
import type { TocServices } from '../toc-module.js';

export class MeasurementImport {
    constructor(private readonly shared: LangiumSharedServices) {}

    start(connection: Connection): void {
        connection.onRequest(IMPORT_MEASUREMENTS_METHOD, (params: ImportMeasurementsRequest, token) => this.answer(params, token));
    }

    async answer(params: ImportMeasurementsRequest, token?: CancellationToken): Promise<ImportMeasurementsAnswer | null> {
        if (typeof params?.table !== 'string') return null;
        const { workspace } = this.shared;
        await workspace.WorkspaceManager.ready;
        const table = URI.parse(params.table);
        const name = UriUtils.basename(table);
        let lang = this.languageOf(params.uri);
        const answerWords = (planned: number) => {
            const words = IMPORT_WORDS[lang];
            return { label: words.label(name), tickToAdd: words.tickToAdd, nothingTicked: words.nothingTicked, partlyTicked: words.partlyTicked(planned) };
        };
        const failed = (problems: string[], message: string): ImportMeasurementsAnswer => ({ files: [], problems, message, ...answerWords(0) });

        let rows;
        try {
            rows = await readMeasurementTable(params.table, await workspace.FileSystemProvider.readBinary(table).catch(() => {
                throw new TableError({ kind: 'unreadable', file: name });
            }));
        } catch (e) {
            if (!(e instanceof TableError)) throw e;
            const message = tableProblemMessage(lang, e.problem);
            return failed([message], message);
        }

        // A workbook names the .toc file of each sheet: read the ones outside the workspace too.
        const named = [...new Set(rows.map(r => r.file).filter((f): f is string => !!f))].map(f => URI.file(f));
        const outside: LangiumDocument[] = [];
        for (const uri of named) {
            if (!workspace.LangiumDocuments.hasDocument(uri) && (await workspace.FileSystemProvider.exists(uri))) {
                outside.push(await workspace.LangiumDocuments.getOrCreateDocument(uri));
            }
        }
        if (outside.length > 0) await workspace.DocumentBuilder.build(outside, { validation: true }, token);
        await workspace.DocumentBuilder.waitUntil(DocumentState.Validated, token);

        const models: TheoryModel[] = [];
        for (const document of workspace.LangiumDocuments.all) {
            if (!isTheory(document.parseResult.value) || !this.shared.ServiceRegistry.hasServices(document.uri)) continue;
            const services = this.shared.ServiceRegistry.getServices(document.uri) as TocServices;
            models.push(services.model.TheoryModelProvider.modelOf(document));
        }
        // Without a .toc file in the editor, the language of the theories the rows go to.
        const first = models[0];
        if (!params.uri && first) lang = first.lang;
        const plan = planImport(models, rows);
        const words = IMPORT_WORDS[lang];
        if (plan.problems.length > 0) {
            return failed(plan.problems.map(p => rowProblemMessage(lang, p)), words.nothingImported(plan.problems.length));
        }
        const files = [...plan.edits].map(([uri, { edits }]) => ({ uri, edits }));
        return {
            files, problems: [], ...answerWords(plan.added.length),
            message: plan.added.length > 0 ? words.summary(plan.added.length, files.length, plan.skipped) : words.nothingNew(plan.skipped),
        };
    }

    private languageOf(uri: string | undefined): Lang {
        if (!uri) return 'en';
        const parsed = URI.parse(uri);
        const { LangiumDocuments, } = this.shared.workspace;
        if (!LangiumDocuments.hasDocument(parsed) || !this.shared.ServiceRegistry.hasServices(parsed)) return 'en';
        const services = this.shared.ServiceRegistry.getServices(parsed) as TocServices;
        return services.i18n.DocumentLanguage.of(LangiumDocuments.getDocument(parsed)!);
    }
}
