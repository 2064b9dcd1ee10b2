/**
 * The rule catalogue (checks/rules.ts) and the places that list rules for users: the editor setting `toc.rules`
 * (a misspelt rule there is flagged by VS Code) and the schema VS Code completes toc.config.json with.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXED_RULES, RULES } from '../../packages/language/src/checks/rules.js';
import { configSchema } from '../../packages/extension/config-schema.mjs';

const ext = path.resolve(__dirname, '../../packages/extension');
const json = (f: string) => JSON.parse(fs.readFileSync(path.join(ext, f), 'utf8'));
const configurable = Object.keys(RULES).filter(id => !FIXED_RULES.has(id as keyof typeof RULES)).sort();
const en = json('package.nls.json') as Record<string, string>;
const nl = json('package.nls.nl.json') as Record<string, string>;

describe('the editor setting toc.rules', () => {
    const setting = json('package.json').contributes.configuration.find((s: { properties: Record<string, unknown> }) => 'toc.rules' in s.properties).properties['toc.rules'];

    it('lists every rule a team may set, and only those, so VS Code flags a misspelt one', () => {
        expect(Object.keys(setting.properties).sort()).toEqual(configurable);
        expect(setting.additionalProperties).toBe(false);
    });

    it('describes each rule in English and Dutch', () => {
        for (const id of configurable) {
            expect(setting.properties[id].description).toBe(`%rule.${id}%`);
            expect(en[`rule.${id}`], id).toBeTruthy();
            expect(nl[`rule.${id}`], id).toBeTruthy();
            expect(nl[`rule.${id}`]).not.toBe(en[`rule.${id}`]);
        }
    });
});

describe('the schema of toc.config.json', () => {
    const schema = configSchema(RULES, FIXED_RULES, en, nl);

    it('completes every configurable rule with its default, described in both languages', () => {
        const rules = schema.properties.rules.properties;
        expect(Object.keys(rules).sort()).toEqual(configurable);
        for (const id of configurable) {
            expect(rules[id]!.default).toBe(RULES[id as keyof typeof RULES]);
            expect(rules[id]!.examples).toEqual(['off', 'hint', 'info', 'warning', 'error']);
            expect(rules[id]!.description).toContain(en[`rule.${id}`]);
            expect(rules[id]!.description).toContain(nl[`rule.${id}`]);
        }
        expect(schema.properties.language.examples).toEqual(['nl', 'en']);
    });

    it('validates nothing: the language server reports mistakes in the file, once, in the folder\'s language', () => {
        const text = JSON.stringify(schema);
        for (const keyword of ['"type"', '"enum"', '"additionalProperties"', '"required"', '"pattern"']) expect(text).not.toContain(keyword);
    });

    it('is what VS Code is told to use for toc.config.json', () => {
        const manifest = json('package.json');
        expect(manifest.contributes.jsonValidation).toEqual([{ fileMatch: 'toc.config.json', url: './dist/toc.config.schema.json' }]);
        expect(fs.readFileSync(path.join(ext, '.vscodeignore'), 'utf8')).toContain('!dist/toc.config.schema.json');
    });
});
