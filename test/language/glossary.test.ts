/**
 * One glossary: the module every user-facing string takes the method's words from, docs/glossary.md that
 * shows them to people, and the picture called "diagram" / "schema" in every text a user reads.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../packages/language/src/i18n/glossary.js';
import { kindName } from '../../packages/language/src/i18n/messages.js';

const ROOT = path.resolve(__dirname, '../..');
const read = (f: string) => fs.readFileSync(path.join(ROOT, f), 'utf8');

describe('the glossary', () => {
    it('docs/glossary.md holds every word, meaning and example of the module, in both languages', () => {
        const md = read('docs/glossary.md');
        for (const lang of ['en', 'nl'] as const) {
            for (const [t, entry] of Object.entries(GLOSSARY[lang])) {
                expect(md, `${lang} ${t}`).toContain(`- **${entry.word}**: ${entry.meaning}${entry.example ? ` \`${entry.example}\`` : ''}\n`);
            }
        }
    });

    it('names the elements the way the checks and hovers do', () => {
        for (const lang of ['en', 'nl'] as const) {
            for (const kind of ['challenge', 'goal', 'subgoal', 'action', 'result', 'indicator'] as const) {
                expect(kindName(lang, kind)).toBe(GLOSSARY[lang][kind].word);
            }
        }
    });

    it('calls the picture "diagram" and "schema" in every text of the extension and the diagram, never preview or tekening', () => {
        const en = [read('packages/extension/package.nls.json')].join('\n');
        const nl = [read('packages/extension/package.nls.nl.json'), read('packages/extension/l10n/bundle.l10n.nl.json'), read('packages/preview/src/messages.ts')].join('\n');
        expect(en).not.toMatch(/\bpreview\b/i);
        expect(nl).not.toMatch(/tekening|voorbeeld openen|"voorbeeld/i);
        expect(en).toMatch(/\bdiagram\b/i);
        expect(nl).toMatch(/\bschema\b/i);
    });

    it('titles the settings in both languages, so searching either word finds them', () => {
        const sections = JSON.parse(read('packages/extension/package.json')).contributes.configuration as Array<{ title: string; properties: Record<string, { markdownDescription?: string; description?: string }> }>;
        expect(sections.map(s => s.title)).toEqual(['%config.checks.title%', '%config.diagram.title%']);
        const titles = { 'package.nls.json': ['Checks', 'Diagram'], 'package.nls.nl.json': ['Controles', 'Schema'] };
        for (const [f, words] of Object.entries(titles)) {
            const nls = JSON.parse(read(`packages/extension/${f}`)) as Record<string, string>;
            expect([nls['config.checks.title'], nls['config.diagram.title']]).toEqual(words);
            // VS Code's settings search reads names and descriptions only: each description names the method in both languages.
            for (const section of sections) {
                for (const [id, setting] of Object.entries(section.properties)) {
                    const key = /^%(.+)%$/.exec(setting.markdownDescription ?? setting.description ?? '')![1];
                    expect(nls[key], `${f} ${id}`).toMatch(/theory of change/i);
                    expect(nls[key], `${f} ${id}`).toMatch(/veranderingstheorie/i);
                }
            }
        }
    });
});
