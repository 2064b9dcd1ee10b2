// The JSON schema VS Code uses for toc.config.json (contributes.jsonValidation): completion of rule names and
// severities, and a description on hover, in English and Dutch. It validates nothing: the language server
// reports mistakes in the file itself, in the folder's language and with a suggestion; two warnings for one
// typo would be noise. Built from the rule catalogue (packages/language/src/checks/rules.ts) by build.mjs.

const SEVERITIES = ['off', 'hint', 'info', 'warning', 'error'];

/**
 * @param {Record<string, string>} rules rule id -> default severity
 * @param {ReadonlySet<string>} fixed rules that cannot be configured
 * @param {Record<string, string>} en package.nls.json
 * @param {Record<string, string>} nl package.nls.nl.json
 */
export function configSchema(rules, fixed, en, nl) {
    const both = key => [en[key], nl[key]].filter(Boolean).join('\n\n');
    const ruleProperties = {};
    for (const [id, severity] of Object.entries(rules)) {
        if (fixed.has(id)) continue;
        ruleProperties[id] = {
            description: both(`rule.${id}`) || id,
            examples: SEVERITIES,
            default: severity,
        };
    }
    return {
        $schema: 'http://json-schema.org/draft-07/schema#',
        title: 'toc.config.json',
        description: both('schema.file'),
        properties: {
            rules: { description: both('schema.rules'), properties: ruleProperties },
            language: { description: both('schema.language'), examples: ['nl', 'en'] },
            measurementStaleMonths: { description: both('schema.measurementStaleMonths'), examples: [6, 3, 12], default: 6 },
        },
    };
}
