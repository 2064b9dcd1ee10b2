/**
 * Team configuration: `toc.config.json` in a file's folder or the nearest parent folder that has one.
 * The language server and the command line both ask this service, so a rule is as severe in the editor
 * as in CI. Editor settings may add rules the file does not mention; the team's file wins.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { URI } from 'langium';
import { FIXED_RULES, RULES, isRuleId, type RuleId, type SeveritySetting } from '../checks/rules.js';
import type { Lang } from '../i18n/language.js';

export const CONFIG_FILE_NAME = 'toc.config.json';
const SETTINGS: ReadonlySet<string> = new Set(['off', 'hint', 'info', 'warning', 'error']);

export interface TocConfig {
    rules: Partial<Record<RuleId, SeveritySetting>>;
    /** Forces the language of messages; otherwise each document's keywords decide. */
    language?: Lang;
    /** Where it came from, for messages about the file itself. */
    file?: string;
    /** Problems found in the file itself (unknown rule, bad severity, bad JSON). */
    problems: string[];
}

export interface TocConfigProvider {
    /** The configuration that applies to a document. */
    configFor(uri: URI): TocConfig;
    severityOf(uri: URI, rule: RuleId): SeveritySetting;
    /** Settings from the editor; they add to the files. */
    setEditorRules(rules: Record<string, string>): void;
    /** Forget what was read, e.g. after a toc.config.json changed. */
    clear(): void;
}

export function parseConfig(text: string, file?: string): TocConfig {
    const config: TocConfig = { rules: {}, problems: [], file };
    let raw: unknown;
    try {
        raw = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (e) {
        config.problems.push(`${file ?? CONFIG_FILE_NAME}: not valid JSON (${(e as Error).message})`);
        return config;
    }
    if (typeof raw !== 'object' || raw === null) {
        config.problems.push(`${file ?? CONFIG_FILE_NAME}: expected an object like { "rules": { "missing-description": "off" } }`);
        return config;
    }
    const obj = raw as Record<string, unknown>;
    if (obj.rules !== undefined) {
        if (typeof obj.rules !== 'object' || obj.rules === null) {
            config.problems.push(`${file ?? CONFIG_FILE_NAME}: "rules" must be an object`);
        } else {
            for (const [rule, setting] of Object.entries(obj.rules as Record<string, unknown>)) {
                if (!isRuleId(rule)) config.problems.push(`${file ?? CONFIG_FILE_NAME}: unknown rule "${rule}"`);
                else if (typeof setting !== 'string' || !SETTINGS.has(setting)) config.problems.push(`${file ?? CONFIG_FILE_NAME}: rule "${rule}" takes off, hint, info, warning or error`);
                else if (FIXED_RULES.has(rule)) config.problems.push(`${file ?? CONFIG_FILE_NAME}: rule "${rule}" is always an error`);
                else config.rules[rule] = setting as SeveritySetting;
            }
        }
    }
    if (obj.language === 'nl' || obj.language === 'en') config.language = obj.language;
    else if (obj.language !== undefined) config.problems.push(`${file ?? CONFIG_FILE_NAME}: "language" takes "nl" or "en"`);
    return config;
}

export class DefaultTocConfigProvider implements TocConfigProvider {
    private readonly byDir = new Map<string, TocConfig>();
    private editorRules: Partial<Record<RuleId, SeveritySetting>> = {};

    configFor(uri: URI): TocConfig {
        if (uri.scheme !== 'file') return { rules: {}, problems: [] };
        return this.lookup(path.dirname(uri.fsPath));
    }

    severityOf(uri: URI, rule: RuleId): SeveritySetting {
        if (FIXED_RULES.has(rule)) return RULES[rule];
        return this.configFor(uri).rules[rule] ?? this.editorRules[rule] ?? RULES[rule];
    }

    setEditorRules(rules: Record<string, string>): void {
        this.editorRules = parseConfig(JSON.stringify({ rules })).rules;
    }

    clear(): void {
        this.byDir.clear();
    }

    private lookup(dir: string): TocConfig {
        const cached = this.byDir.get(dir);
        if (cached) return cached;
        let config: TocConfig;
        const file = path.join(dir, CONFIG_FILE_NAME);
        let text: string | undefined;
        try {
            text = fs.readFileSync(file, 'utf8');
        } catch {
            text = undefined;
        }
        if (text !== undefined) {
            config = parseConfig(text, file);
        } else {
            const parent = path.dirname(dir);
            config = parent === dir ? { rules: {}, problems: [] } : this.lookup(parent);
        }
        this.byDir.set(dir, config);
        return config;
    }
}
