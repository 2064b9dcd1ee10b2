/**
 * The problems of the toc.config.json files in use, as diagnostics on the files themselves: the
 * language server publishes them, `toc check` prints them. Always warnings (the rest of the file still
 * applies), with code `config`.
 *
 * A config file has no keywords of its own, so its messages speak the language the product speaks for
 * the files it governs: its own `"language"` when that is valid; otherwise the language most of those
 * files are written in (each file's keywords decide, as for its own messages), English when they do not
 * tell (no files, as many of each, or only empty ones).
 */
import type { LangiumDocument, URI } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { isTheory } from '../generated/ast.js';
import { configProblemMessage } from '../i18n/config-messages.js';
import type { Lang } from '../i18n/language.js';
import { theoryLanguage } from '../model/theory-model.js';
import type { TocConfig } from './toc-config.js';

/** The `code` of every diagnostic about a toc.config.json (it is not a rule: it cannot be switched off). */
export const CONFIG_DIAGNOSTIC_CODE = 'config';

/** LSP's DiagnosticSeverity.Warning. */
const WARNING = 2;

export function configDiagnostics(config: TocConfig, lang: Lang): Diagnostic[] {
    return config.problems.map(problem => ({
        range: problem.range,
        severity: WARNING,
        source: 'toc',
        code: CONFIG_DIAGNOSTIC_CODE,
        message: configProblemMessage(lang, problem),
    }));
}

/** The language to speak about a config file; `documents` are the files it applies to. */
export function configLanguage(config: TocConfig, documents: Iterable<LangiumDocument>): Lang {
    if (config.language) return config.language;
    let nl = 0, en = 0;
    for (const document of documents) {
        const root = document.parseResult?.value;
        if (!isTheory(root)) continue;
        const lang = theoryLanguage(root, 'en');
        if (lang !== theoryLanguage(root, 'nl')) continue; // no keyword tells
        if (lang === 'nl') nl++;
        else en++;
    }
    return nl > en ? 'nl' : 'en';
}

export interface ConfigInUse {
    /** The toc.config.json, as a path (any other URI as it is). */
    file: string;
    /** The same as a URI. */
    uri: string;
    config: TocConfig;
    /** The documents it applies to. */
    documents: LangiumDocument[];
}

/** The toc.config.json files that apply to these documents (each read, if not yet, by asking for it). */
export function configsInUse(documents: Iterable<LangiumDocument>, configFor: (uri: URI) => TocConfig): ConfigInUse[] {
    const byFile = new Map<string, ConfigInUse>();
    for (const document of documents) {
        const config = configFor(document.uri);
        if (!config.file || !config.uri) continue;
        let entry = byFile.get(config.uri);
        if (!entry) byFile.set(config.uri, entry = { file: config.file, uri: config.uri, config, documents: [] });
        entry.documents.push(document);
    }
    return [...byFile.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** Every problem of the configs in use, with the file it is in, in the language chosen for each file. */
export function configProblemDiagnostics(documents: Iterable<LangiumDocument>, configFor: (uri: URI) => TocConfig): Array<{ file: string; uri: string; diagnostics: Diagnostic[] }> {
    return configsInUse(documents, configFor).map(({ file, uri, config, documents: governed }) => ({
        file,
        uri,
        diagnostics: config.problems.length === 0 ? [] : configDiagnostics(config, configLanguage(config, governed)),
    }));
}
