/** docs/rules.md describes every rule of the catalogue, with the default severity the code has. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXED_RULES, RULES, parseConfig } from 'toc-language';

const RULES_MD = fs.readFileSync(path.resolve(__dirname, '../../docs/rules.md'), 'utf8');

describe('docs/rules.md', () => {
    it('shows a toc.config.json, comment included, that is read without a problem', () => {
        const example = /```json\n([\s\S]*?)```/.exec(RULES_MD)![1];
        expect(example).toContain('//');
        const config = parseConfig(example!);
        expect(config.problems).toEqual([]);
        expect(config.rules).toMatchObject({ 'missing-description': 'off' });
    });

    it('has a section for every rule, and no section for a rule that does not exist', () => {
        const sections = [...RULES_MD.matchAll(/^## ([a-z][a-z-]+)$/gm)].map(m => m[1]).sort();
        expect(sections).toEqual(Object.keys(RULES).sort());
    });

    it('states each rule\'s default severity, in the table and in its section', () => {
        for (const [rule, severity] of Object.entries(RULES)) {
            const row = new RegExp(`^\\| \\[\`${rule}\`\\]\\(#${rule}\\) \\| ${severity}(, always)? \\|`, 'm');
            expect(RULES_MD, `table row of ${rule}`).toMatch(row);
            const section = RULES_MD.split(/^## /m).find(s => s.startsWith(`${rule}\n`))!;
            const stated = FIXED_RULES.has(rule as keyof typeof RULES) ? /\*\*Always an error; cannot be changed\.\*\*/ : new RegExp(`\\*\\*Default: ${severity}\\.\\*\\*`);
            expect(section, `section of ${rule}`).toMatch(stated);
        }
    });

    it('gives every section an example in both languages', () => {
        for (const rule of Object.keys(RULES)) {
            const section = RULES_MD.split(/^## /m).find(s => s.startsWith(`${rule}\n`))!;
            if (rule === 'syntax-error') continue; // a table of both languages instead
            const code = [...section.matchAll(/```\n([\s\S]*?)```/g)].map(m => m[1]).join('\n');
            expect(code, `Dutch example for ${rule}`).toMatch(/\b(uitdaging|doel|tussendoel|actie|resultaat|meting|norm|import)\b/);
            expect(code, `English example for ${rule}`).toMatch(/\b(challenge|goal|subgoal|action|result|measurement)\b|^import "[a-z-]+\.toc"$/m);
        }
    });
});

describe('docs/language.md', () => {
    const LANGUAGE_MD = fs.readFileSync(path.resolve(__dirname, '../../docs/language.md'), 'utf8');

    it('its example theories parse without errors and check without errors', async () => {
        const { EmptyFileSystem } = await import('langium');
        const { parseHelper } = await import('langium/test');
        const { createTocServices } = await import('toc-language');
        const parse = parseHelper(createTocServices(EmptyFileSystem).Toc);
        const blocks = [...LANGUAGE_MD.matchAll(/```\n((?:theorie|theory) [\s\S]*?)```/g)].map(m => m[1]);
        expect(blocks.length).toBe(3);
        for (const text of blocks) {
            const doc = await parse(text!, { validation: true });
            expect(doc.parseResult.parserErrors.map(e => e.message)).toEqual([]);
            expect((doc.diagnostics ?? []).filter(d => d.severity === 1).map(d => d.message)).toEqual([]);
        }
    });

    it('names every keyword of both sets', () => {
        const words = ['theorie', 'theory', 'visie', 'vision', 'uitdaging', 'challenge', 'doel', 'goal', 'tussendoel', 'subgoal',
            'actie', 'action', 'resultaat', 'result', 'indicator', 'nulmeting', 'baseline', 'meting', 'measurement', 'norm',
            'tegen', 'by', 'import', 'trekker', 'owner', 'partner', 'prioriteit', 'priority', 'stap', 'step', 'aanname', 'assumption',
            'KT', 'MLT', 'LT', 'ST', 'MT', 'hoog', 'middel', 'laag', 'high', 'medium', 'low'];
        expect(words.filter(w => !new RegExp(`\`[^\`]*\\b${w}\\b[^\`]*\``).test(LANGUAGE_MD))).toEqual([]);
    });
});
