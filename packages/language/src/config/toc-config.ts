/**
 * Team configuration: `toc.config.json` in a file's folder or the nearest parent folder that has one.
 * The language server and the command line both ask this service, so a rule is as severe in the editor
 * as in CI. Editor settings may add rules the file does not mention; the team's file wins.
 *
 * What is wrong in the file itself is kept as structured problems (kind, arguments, place in the text);
 * config-problems.ts turns them into messages in either language. A problem never stops the rest of the
 * file from applying, and reading a file never throws.
 */
import { UriUtils, type FileSystemProvider, type URI } from 'langium';
import { FIXED_RULES, RULES, isRuleId, type RuleId, type SeveritySetting } from '../checks/rules.js';
import type { Lang } from '../i18n/language.js';
import { closestName } from '../validation/closest-name.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { blankComments, scanJson, type JsonMember, type JsonSpan } from './json-locations.js';

export const CONFIG_FILE_NAME = 'toc.config.json';
const SETTINGS: ReadonlySet<string> = new Set(['off', 'hint', 'info', 'warning', 'error']);
/** The settings the file knows, for "did you mean" on a misspelt one. */
const KEYS = ['rules', 'language', 'measurementStaleMonths'];
/** After how many months without a measurement `measurement-stale` speaks, unless the file says otherwise. */
export const DEFAULT_STALE_MONTHS = 6;
/** What people write for them, also in Dutch. */
const KEY_WORDS: Record<string, string> = { regels: 'rules', controles: 'rules', checks: 'rules', taal: 'language', lang: 'language',
    stalemonths: 'measurementStaleMonths', maanden: 'measurementStaleMonths' };

/** 0-based, as LSP counts (UTF-16 units; a byte-order mark is not counted, as editors do not show it). */
export interface ConfigRange {
    start: { line: number; character: number };
    end: { line: number; character: number };
}

/** What can be wrong in a toc.config.json, with what a message needs to say it. */
export type ConfigProblemArgs =
    /**
     * Not JSON. `found` is what stands where reading stopped; `atEnd` when the text stops too early; neither
     * when unknown. `hint` names a usual cause: a comma after the last item, or quotes that are not `"`.
     */
    | { kind: 'invalid-json'; args: { found?: string; atEnd?: boolean; hint?: JsonHint } }
    /** JSON, but not `{ … }`. */
    | { kind: 'not-an-object'; args: Record<string, never> }
    | { kind: 'rules-not-an-object'; args: Record<string, never> }
    | { kind: 'unknown-rule'; args: { rule: string; suggestion?: RuleId } }
    /** `value` as written in the file (`"loud"`, `3`). */
    | { kind: 'bad-severity'; args: { rule: RuleId; value: string; suggestion?: SeveritySetting } }
    | { kind: 'fixed-rule'; args: { rule: RuleId } }
    | { kind: 'bad-language'; args: { value: string; suggestion?: Lang } }
    /** `measurementStaleMonths` that is not a whole number from 1 to 120. */
    | { kind: 'bad-stale-months'; args: { value: string } }
    /** A key other than "rules" and "language" (often a misspelling of one). */
    | { kind: 'unknown-setting'; args: { key: string; suggestion?: string } };

export type JsonHint = 'trailing-comma' | 'quotes';

export type ConfigProblem = ConfigProblemArgs & { range: ConfigRange };
export type ConfigProblemKind = ConfigProblem['kind'];

export interface TocConfig {
    rules: Partial<Record<RuleId, SeveritySetting>>;
    /** Forces the language of messages; otherwise each document's keywords decide. */
    language?: Lang;
    /** `measurementStaleMonths`: months without a measurement before `measurement-stale` speaks. */
    staleMonths?: number;
    /** Where it came from, for messages about the file itself: a path on disk, else the URI. */
    file?: string;
    /** The same, as a URI (what the editor shows the file's problems on). */
    uri?: string;
    /** Problems found in the file itself, in the order of the text. */
    problems: ConfigProblem[];
}

export interface TocConfigProvider {
    /** The configuration that applies to a document. */
    configFor(uri: URI): TocConfig;
    /** Reads the configuration that applies to a document ahead of `configFor` (a browser reads only asynchronously). */
    prepare(uri: URI): Promise<void>;
    severityOf(uri: URI, rule: RuleId): SeveritySetting;
    /** Settings from the editor; they add to the files. */
    setEditorRules(rules: Record<string, string>): void;
    /** Forget what was read, e.g. after a toc.config.json changed. */
    clear(): void;
}

export function parseConfig(text: string, file?: string, uri?: string): TocConfig {
    const config: TocConfig = { rules: {}, problems: [], file, uri };
    try {
        readInto(config, text.replace(/^\uFEFF/, ''));
    } catch {
        // Only a bug can bring us here; the file then counts as not readable, never as a crash.
        config.rules = {};
        delete config.language;
        config.problems = [{ kind: 'invalid-json', args: {}, range: rangeOf('', { start: 0, end: 0 }) }];
    }
    return config;
}

function readInto(config: TocConfig, source: string): void {
    const problem = (p: ConfigProblemArgs, span: JsonSpan | undefined) =>
        config.problems.push({ ...p, range: rangeOf(source, span ?? { start: 0, end: 0 }) } as ConfigProblem);
    // Comments (`//` and `/* */`) may say why a team changed a rule. They become spaces, line breaks
    // kept, so every offset stays where it was written; the rest is read as strict JSON.
    const { text, unclosed } = blankComments(source);
    if (unclosed !== undefined) {
        problem({ kind: 'invalid-json', args: { atEnd: true } }, { start: unclosed, end: unclosed + 2 });
        return;
    }
    if (text.trim() === '') {
        // An empty file: say what belongs in it rather than that it "ends too early".
        problem({ kind: 'not-an-object', args: {} }, undefined);
        return;
    }
    let raw: unknown;
    try {
        raw = JSON.parse(text);
    } catch {
        const { error } = scanJson(text);
        if (!error) problem({ kind: 'invalid-json', args: {} }, undefined);
        else if (error.found === undefined) problem({ kind: 'invalid-json', args: { atEnd: true } }, { start: error.offset, end: error.offset });
        else problem({ kind: 'invalid-json', args: { found: error.found, hint: jsonHint(text, error.offset, error.found) } }, { start: error.offset, end: error.offset + error.found.length });
        return;
    }
    const outline = scanJson(text).outline;
    if (!isObject(raw)) {
        problem({ kind: 'not-an-object', args: {} }, outline?.root);
        return;
    }
    /** The last member with that key: the one JSON.parse kept. */
    const member = (members: JsonMember[] | undefined, key: string) => members?.filter(m => m.key === key).pop();
    for (const key of Object.keys(raw)) {
        if (KEYS.includes(key) || key.startsWith('$')) continue; // "$schema" and the like are for editors
        const suggestion = KEY_WORDS[key.trim().toLowerCase()] ?? closestName(key, KEYS);
        problem({ kind: 'unknown-setting', args: { key, suggestion } }, member(outline?.members, key)?.keySpan);
    }
    if (raw.rules !== undefined) {
        const at = member(outline?.members, 'rules');
        if (!isObject(raw.rules)) {
            problem({ kind: 'rules-not-an-object', args: {} }, at?.valueSpan);
        } else {
            const inner = outline?.nested.get('rules');
            for (const [rule, setting] of Object.entries(raw.rules)) {
                const where = member(inner, rule);
                if (!isRuleId(rule)) {
                    problem({ kind: 'unknown-rule', args: { rule, suggestion: suggestRule(rule) } }, where?.keySpan);
                } else if (typeof setting !== 'string' || !SETTINGS.has(setting)) {
                    problem({ kind: 'bad-severity', args: { rule, value: written(setting), suggestion: suggestSeverity(setting) } }, where?.valueSpan);
                } else if (FIXED_RULES.has(rule)) {
                    problem({ kind: 'fixed-rule', args: { rule } }, where?.keySpan);
                } else {
                    config.rules[rule] = setting as SeveritySetting;
                }
            }
        }
    }
    if (raw.language === 'nl' || raw.language === 'en') config.language = raw.language;
    else if (raw.language !== undefined) {
        problem({ kind: 'bad-language', args: { value: written(raw.language), suggestion: suggestLanguage(raw.language) } }, member(outline?.members, 'language')?.valueSpan);
    }
    const months = raw.measurementStaleMonths;
    if (typeof months === 'number' && Number.isInteger(months) && months >= 1 && months <= 120) config.staleMonths = months;
    else if (months !== undefined) {
        problem({ kind: 'bad-stale-months', args: { value: written(months) } }, member(outline?.members, 'measurementStaleMonths')?.valueSpan);
    }
    config.problems.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

/** The usual causes, for people new to JSON: `{ "a": 1, }`, `{ 'a': 1 }`, `{ “a”: 1 }`, `{ a: 1 }`. */
function jsonHint(text: string, offset: number, found: string): JsonHint | undefined {
    if ((found === '}' || found === ']') && /,\s*$/.test(text.slice(Math.max(0, offset - 200), offset))) return 'trailing-comma';
    if ("'\u2018\u2019\u201C\u201D\u201E".includes(found) || /^[A-Za-z_]/.test(found)) return 'quotes';
    return undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function rangeOf(text: string, span: JsonSpan): ConfigRange {
    const document = TextDocument.create('', 'json', 0, text);
    return { start: document.positionAt(span.start), end: document.positionAt(span.end) };
}

/** A value as it stands in the file, short: `"loud"`, `3`, `true`, `{…}`. */
function written(value: unknown): string {
    if (isObject(value)) return '{…}';
    if (Array.isArray(value)) return '[…]';
    const s = JSON.stringify(value) ?? String(value);
    return s.length > 40 ? s.slice(0, 39) + '…' : s;
}

/** The rule id nearest to a misspelt one; `missing_description`, `Missing-Description` count as near. */
export function suggestRule(rule: string): RuleId | undefined {
    const candidates = Object.keys(RULES).filter(r => !FIXED_RULES.has(r as RuleId));
    return closestName(rule.trim().replace(/[_\s]+/g, '-'), candidates) as RuleId | undefined;
}

/** Words people write for a severity (also in Dutch), and near misspellings of the five. */
const SEVERITY_WORDS: Record<string, SeveritySetting> = {
    warn: 'warning', warnings: 'warning', waarschuwing: 'warning', err: 'error', errors: 'error', fout: 'error',
    information: 'info', note: 'info', none: 'off', disabled: 'off', disable: 'off', uit: 'off', false: 'off',
};

function suggestSeverity(value: unknown): SeveritySetting | undefined {
    if (value === false || value === null) return 'off';
    if (typeof value !== 'string') return undefined;
    const word = value.trim().toLowerCase();
    if (SETTINGS.has(word)) return word as SeveritySetting;
    return SEVERITY_WORDS[word] ?? closestName(word, [...SETTINGS]) as SeveritySetting | undefined;
}

const LANGUAGE_WORDS: Record<string, Lang> = {
    nl: 'nl', 'nl-be': 'nl', 'nl-nl': 'nl', nederlands: 'nl', dutch: 'nl', vlaams: 'nl', flemish: 'nl',
    en: 'en', 'en-gb': 'en', 'en-us': 'en', english: 'en', engels: 'en',
};

function suggestLanguage(value: unknown): Lang | undefined {
    if (typeof value !== 'string') return undefined;
    return LANGUAGE_WORDS[value.trim().toLowerCase().replace('_', '-')];
}

/**
 * Reads toc.config.json through the injected file system (the disk in Node, the client's files in a
 * browser). The checks ask synchronously; `prepare` reads asynchronously first, which is the only way a
 * browser can, and a synchronous read is the fallback for a folder not prepared (Node only).
 *
 * What a synchronous read found is kept apart from what `prepare` read: in a browser an editor request
 * (the outline asks for the document's language) may come between parsing and `prepare`, and its
 * synchronous read finds no file only because none was read yet. Kept in the same map, that "no file"
 * stopped `prepare` from reading the folder, and the team's severities were never applied.
 */
export class DefaultTocConfigProvider implements TocConfigProvider {
    /** Per folder URI, read by `prepare`: what the checks use. */
    private readonly prepared = new Map<string, TocConfig>();
    /** Per folder URI, read synchronously for a folder not prepared yet (exact on a disk, a guess in a browser). */
    private readonly readSync = new Map<string, TocConfig>();
    private editorRules: Partial<Record<RuleId, SeveritySetting>> = {};
    /** Counts clear() calls: a `prepare` that began before one drops what it read. */
    private generation = 0;

    constructor(private readonly fileSystem: FileSystemProvider) {}

    configFor(uri: URI): TocConfig {
        if (!hasFolder(uri)) return { rules: {}, problems: [] };
        return this.lookupSync(UriUtils.dirname(uri));
    }

    async prepare(uri: URI): Promise<void> {
        if (!hasFolder(uri)) return;
        // A file read before clear() (a config changed or deleted meanwhile) must not be kept after it.
        const generation = this.generation;
        // Walk up to the nearest folder already prepared, then fill in from there down.
        const missing: URI[] = [];
        for (let dir = UriUtils.dirname(uri); !this.prepared.has(dir.toString()); ) {
            missing.push(dir);
            const parent = UriUtils.dirname(dir);
            if (parent.path === dir.path) break;
            dir = parent;
        }
        for (const dir of missing.reverse()) {
            const file = UriUtils.joinPath(dir, CONFIG_FILE_NAME);
            let text: string | undefined;
            try {
                text = await this.fileSystem.readFile(file);
            } catch {
                text = undefined;
            }
            if (generation !== this.generation) return; // the next build prepares again, from the file as it is now
            this.prepared.set(dir.toString(), text !== undefined ? parseConfig(text, displayName(file), file.toString()) : this.preparedParent(dir));
        }
    }

    severityOf(uri: URI, rule: RuleId): SeveritySetting {
        if (FIXED_RULES.has(rule)) return RULES[rule];
        return this.configFor(uri).rules[rule] ?? this.editorRules[rule] ?? RULES[rule];
    }

    setEditorRules(rules: Record<string, string>): void {
        this.editorRules = parseConfig(JSON.stringify({ rules })).rules;
    }

    clear(): void {
        this.generation++;
        this.prepared.clear();
        this.readSync.clear();
    }

    /** The folders above were prepared first (from the top down), or there are none. */
    private preparedParent(dir: URI): TocConfig {
        const parent = UriUtils.dirname(dir);
        return (parent.path !== dir.path ? this.prepared.get(parent.toString()) : undefined) ?? { rules: {}, problems: [] };
    }

    private known(dir: URI): TocConfig | undefined {
        return this.prepared.get(dir.toString()) ?? this.readSync.get(dir.toString());
    }

    private parentConfig(dir: URI): TocConfig {
        const parent = UriUtils.dirname(dir);
        return parent.path === dir.path ? { rules: {}, problems: [] } : this.lookupSync(parent);
    }

    private lookupSync(dir: URI): TocConfig {
        const known = this.known(dir);
        if (known) return known;
        const file = UriUtils.joinPath(dir, CONFIG_FILE_NAME);
        let text: string | undefined;
        try {
            text = this.fileSystem.readFileSync(file);
        } catch {
            text = undefined;
        }
        const config = text !== undefined
            ? parseConfig(text, displayName(file), file.toString())
            : this.parentConfig(dir);
        this.readSync.set(dir.toString(), config);
        return config;
    }
}

/** An untitled buffer has no folder, so no toc.config.json applies to it. */
function hasFolder(uri: URI): boolean {
    return uri.scheme !== 'untitled' && uri.path.includes('/');
}

/** A path on disk as the command line prints it; any other URI as it is. */
function displayName(uri: URI): string {
    return uri.scheme === 'file' ? uri.fsPath : uri.toString();
}
