/**
 * One glossary: the module every user-facing string takes the method's words from, docs/glossary.md that
 * shows them to people, and the picture called "diagram" / "schema" in every text a user reads.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GLOSSARY, type Term } from '../../packages/language/src/i18n/glossary.js';
import { CHECK_MESSAGES, kindName } from '../../packages/language/src/i18n/messages.js';
import { editorMessages } from '../../packages/language/src/i18n/editor-messages.js';
import { IMPORT_WORDS } from '../../packages/language/src/i18n/follow-up-messages.js';
import { diagramMessages } from '../../packages/diagram/src/messages.js';
import { previewMessages } from '../../packages/preview/src/messages.js';
import { reportMessages } from '../../packages/cli/src/messages.js';
import { DOCX_WORDS } from '../../packages/cli/src/report/docx-words.js';

const ROOT = path.resolve(__dirname, '../..');
const read = (f: string) => fs.readFileSync(path.join(ROOT, f), 'utf8');
const LANGS = ['en', 'nl'] as const;

/** Any argument a message function may be called with: reads as "X" as a string, a number or any property. */
const anything: unknown = new Proxy(() => 'X', {
    get: (_, p) => (p === Symbol.toPrimitive ? () => 'X' : p === 'length' ? 1 : anything),
    apply: () => 'X',
});

/** Every sentence a message table can produce: its strings, and what its functions return for any argument. */
function sentences(value: unknown, out: string[] = []): string[] {
    if (typeof value === 'string') out.push(value);
    else if (typeof value === 'function') {
        try {
            sentences(value(anything, anything, anything, anything), out);
        } catch {
            // a function that needs a real argument: its fixed words are in the source, read below
        }
    } else if (value && typeof value === 'object') for (const v of Object.values(value)) sentences(v, out);
    return out;
}

/** The texts a user reads in each language: the message tables of the editor, checks, diagram, preview and reports. */
function userTexts(lang: 'en' | 'nl'): string {
    const extension = lang === 'en'
        ? [read('packages/extension/package.nls.json')]
        : [read('packages/extension/package.nls.nl.json'), read('packages/extension/l10n/bundle.l10n.nl.json')];
    return [
        ...sentences([CHECK_MESSAGES[lang], editorMessages(lang), IMPORT_WORDS[lang], diagramMessages(lang), previewMessages(lang), reportMessages(lang), DOCX_WORDS[lang]]),
        ...extension,
    ].join('\n');
}

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
                    expect(nls[key!], `${f} ${id}`).toMatch(/theory of change/i);
                    expect(nls[key!], `${f} ${id}`).toMatch(/veranderingstheorie/i);
                }
            }
        }
    });

    it('the diagram and the reports caption each element with the glossary\'s word', () => {
        for (const lang of LANGS) {
            for (const kind of ['challenge', 'goal', 'subgoal', 'action', 'result', 'indicator'] as const) {
                const word = GLOSSARY[lang][kind].word;
                expect(diagramMessages(lang).kind[kind].toLowerCase(), `${lang} diagram ${kind}`).toBe(word);
                expect(reportMessages(lang).kind[kind].toLowerCase(), `${lang} report ${kind}`).toBe(word);
                if (kind !== 'result' && kind !== 'indicator') {
                    expect(reportMessages(lang).kindPlural[kind].toLowerCase(), `${lang} report plural ${kind}`).toMatch(new RegExp(`^${word}`));
                }
            }
            expect(diagramMessages(lang).owner.toLowerCase()).toBe(GLOSSARY[lang].owner.word);
            expect(reportMessages(lang).col.owner.toLowerCase()).toBe(GLOSSARY[lang].owner.word);
        }
    });

    it('no text a user reads calls a concept by another word than the glossary\'s', () => {
        for (const lang of LANGS) {
            const text = userTexts(lang);
            // The scan reads what it should: every kind's word is in there.
            for (const kind of ['challenge', 'subgoal', 'action', 'indicator'] as const) expect(text).toContain(GLOSSARY[lang][kind].word);
            for (const [t, entry] of Object.entries(GLOSSARY[lang]) as Array<[Term, { avoid?: string[] }]>) {
                for (const other of entry.avoid ?? []) {
                    const hits = text.split('\n').filter(line => new RegExp(`\\b${other}\\b`, 'i').test(line));
                    expect(hits, `${lang}: "${other}" where the glossary says "${GLOSSARY[lang][t].word}"`).toEqual([]);
                }
            }
        }
    });

    it('docs/glossary.md lists the words to avoid with each entry', () => {
        const md = read('docs/glossary.md');
        for (const lang of LANGS) {
            for (const entry of Object.values(GLOSSARY[lang])) {
                for (const other of entry.avoid ?? []) expect(md, other).toContain(`~~${other}~~`);
            }
        }
    });
});

