/** SARIF 2.1.0, so a code-review service can show the findings inline. */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CONFIG_DIAGNOSTIC_CODE, INTERNAL_ERROR, RULES } from 'toc-language';
import type { FileDiagnostic } from 'toc-language/node';

const LEVEL: Record<FileDiagnostic['severity'], string> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };
/** A rule that is off unless a team switches it on: SARIF's "none". */
const DEFAULT_LEVEL: Record<string, string> = { ...LEVEL, off: 'none' };

export function formatSarif(diagnostics: FileDiagnostic[], cwd: string): string {
    const base = pathToFileURL(cwd.endsWith(path.sep) ? cwd : cwd + path.sep).href;
    const rules = Object.entries(RULES).map(([id, severity]) => ({
        id,
        helpUri: `docs/rules.md#${id}`,
        defaultConfiguration: { level: DEFAULT_LEVEL[severity] },
    }));
    // Problems in a toc.config.json itself: not a rule a team can set, but a finding all the same.
    rules.push({ id: CONFIG_DIAGNOSTIC_CODE, helpUri: 'docs/rules.md#config', defaultConfiguration: { level: LEVEL.warning } });
    // A check that failed on a bug: reported so that nothing is lost silently.
    rules.push({ id: INTERNAL_ERROR, helpUri: 'docs/rules.md#internal-error', defaultConfiguration: { level: LEVEL.error } });
    const ruleIds = rules.map(r => r.id);
    const log = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [{
            tool: { driver: { name: 'toc', informationUri: 'docs/rules.md', rules } },
            originalUriBaseIds: { SRCROOT: { uri: base } },
            results: diagnostics.map(d => ({
                ruleId: d.rule,
                ruleIndex: ruleIds.indexOf(d.rule),
                level: LEVEL[d.severity],
                message: { text: d.message },
                locations: [{
                    physicalLocation: {
                        artifactLocation: { uri: path.relative(cwd, d.file).split(path.sep).join('/'), uriBaseId: 'SRCROOT' },
                        region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn },
                    },
                }],
            })),
        }],
    };
    return JSON.stringify(log, null, 2) + '\n';
}
