/** Types of config-schema.mjs (plain JavaScript: the build script imports it without a TypeScript step). */
export interface ConfigSchema {
    $schema: string;
    title: string;
    description: string;
    properties: {
        rules: { description: string; properties: Record<string, { description: string; examples: string[]; default: string }> };
        language: { description: string; examples: string[] };
    };
}

export function configSchema(rules: Record<string, string>, fixed: ReadonlySet<string>, en: Record<string, string>, nl: Record<string, string>): ConfigSchema;
