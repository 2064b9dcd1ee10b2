/**
 * More of the first day in real VS Code (code-server, the packaged .vsix): "New Theory of Change" in an English
 * workspace and from File > New File…, six more quick fixes from the light bulb (each inserted placeholder
 * warned about until filled in, the saved text checked exactly where the fix has one field), and the hover on a norm. Screenshots: test-results/e2e/first-day-fixes-*.png.
 */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot, type CodeServerInfo } from './harness/code-server.js';
import { closeWorkbenchAfterAll, codeServer } from './harness/session.js';
import { eventually, Workbench } from './harness/workbench.js';

let info: CodeServerInfo;
let wb: Workbench;

const HEAD = `uitdaging Isolement "Jonge gezinnen kennen elkaar nauwelijks."

doel Contact -> Isolement "Meer contact onder jonge gezinnen." {
    tussendoel Kennen "Jonge gezinnen kennen elkaar."
}
`;

const RESULT = `    resultaat "Twintig gezinnen bezocht." {
        norm >= 20%
        indicator "Bezoeklijst."
    }
}
`;

const NO_DESCRIPTION = `uitdaging Isolement "Jonge gezinnen kennen elkaar nauwelijks."

doel Contact -> Isolement

actie Bezoek KT -> Contact "Vrijwilligers bezoeken gezinnen." {
${RESULT}`;

const UNKNOWN_NAME = `uitdaging Isolement "Jonge gezinnen kennen elkaar nauwelijks."

doel Contact -> Isolement "Meer contact onder jonge gezinnen."

actie Bezoek KT -> Contact, Kennen "Vrijwilligers bezoeken gezinnen." {
${RESULT}`;

const FILES: Record<string, string> = {
    'fix-resultaat.toc': `${HEAD}
actie Bezoek KT -> Kennen "Vrijwilligers bezoeken gezinnen."
`,
    'fix-norm.toc': `${HEAD}
actie Bezoek KT -> Kennen "Vrijwilligers bezoeken gezinnen." {
    resultaat "Twintig gezinnen bezocht." {
        indicator "Bezoeklijst."
    }
}
`,
    'fix-doel.toc': 'uitdaging Armoede "Gezinnen leven in armoede."\n',
    'fix-indicator.toc': `${HEAD}
actie Bezoek KT -> Kennen "Vrijwilligers bezoeken gezinnen." {
    resultaat "Twintig gezinnen bezocht." {
        norm >= 20%
    }
}
`,
    'fix-omschrijving.toc': NO_DESCRIPTION,
    'fix-aanmaken.toc': UNKNOWN_NAME,
    'norm-hover.toc': `${HEAD}
actie Spel KT -> Kennen "Iedere maand een spelnamiddag." {
    resultaat Aanwezigheid "Dertig procent van de gezinnen komt." {
        norm >= 30% tegen 2026-12
        indicator Lijst "Aftekenlijst per namiddag." {
            meting 2026-09 34%
        }
    }
}
`,
};

beforeAll(async () => {
    info = await codeServer();
    for (const [name, text] of Object.entries(FILES)) writeFileSync(path.join(info.workspace, name), text);
    wb = await Workbench.open(info, 'first-day-fixes');
});

beforeEach(async () => {
    await wb.page.keyboard.press('Escape');
    await wb.page.keyboard.press('Escape');
});

closeWorkbenchAfterAll(() => wb);

const problems = async () => [...await wb.squiggleLines('warning'), ...await wb.squiggleLines('error')];

/** Opens `file`, waits for the squiggle of the check on `line`, puts the cursor there. */
async function openAt(file: string, line: number, column: number, kind: 'warning' | 'error' | 'hint' = 'warning'): Promise<void> {
    await wb.openFile(file);
    await eventually(() => wb.squiggleLines(kind), l => l.includes(line), 30_000);
    await wb.goTo(line, column);
}

/** Saves the active file (Ctrl+S) and returns its text as written to disk once it reads `expected` (or the last read). */
async function savedText(file: string, expected: string): Promise<string> {
    await wb.page.keyboard.press('Control+S');
    return eventually(async () => readFileSync(path.join(info.workspace, file), 'utf8'), t => t === expected, 15_000);
}

/**
 * Applies the fix `title` at `at` (line, column, the squiggle's kind) of `file`, checks that the line showing
 * `inserted` (its text, not interrupted by an inlay hint) alone warns as a placeholder, types `value` into the
 * one field and returns the saved text, with no problem left in the file.
 */
async function fixAndFill(file: string, at: [number, number, 'warning' | 'error' | 'hint'], title: string, inserted: string, value: string, expected: string, shot: string): Promise<string> {
    await openAt(file, ...at);
    await wb.applyQuickFix(title);
    await eventually(() => wb.visibleLines(), l => l.some(x => x.includes(inserted)), 15_000);
    const line = await wb.lineNumberOf(inserted);
    const flagged = await eventually(() => wb.squiggleLines('warning'), l => l.join() === String(line), 30_000);
    await wb.shot(`${shot}-placeholder-warned`);
    expect(flagged).toEqual([line]);
    await wb.fillFields(value);
    const saved = await savedText(file, expected);
    const left = await eventually(async () => [...await problems(), ...await wb.squiggleLines('hint')], l => l.length === 0, 30_000);
    await wb.shot(`${shot}-filled-in`);
    expect(left).toEqual([]);
    return saved;
}

describe('quick fixes from the light bulb', () => {
    it('"add a result" to an action without one: result, norm and indicator warn as placeholders until filled in', async () => {
        await openAt('fix-resultaat.toc', 7, 7);
        await wb.applyQuickFix('Voeg een resultaat toe met een norm en een indicator');
        await eventually(() => wb.visibleLines(), l => l.some(x => x.includes('norm >= 0%')), 15_000);
        const expected = [await wb.lineNumberOf('resultaat "'), await wb.lineNumberOf('norm >= 0%'), await wb.lineNumberOf('indicator "')];
        expect(expected).toEqual([8, 9, 10]);
        const flagged = await eventually(() => wb.squiggleLines('warning'), l => l.join() === expected.join(), 30_000);
        await wb.shot('result-placeholders-warned');
        expect(flagged).toEqual(expected);
        // The result's text is selected: fill in every field with the keyboard.
        await wb.fillFields('Twintig gezinnen bezocht.', '20', 'Bezoeklijst.');
        await eventually(() => wb.visibleLines(), l => l.some(x => /resultaat "Twintig gezinnen bezocht\."\s*niet gemeten/.test(x)), 30_000);
        const left = await eventually(problems, l => l.length === 0, 30_000);
        await wb.shot('result-filled-in');
        expect(left).toEqual([]);
        expect(await wb.visibleLines()).toEqual(expect.arrayContaining([expect.stringContaining('norm >= 20%')]));
    });

    it('"add a norm" to a result without one: the norm warns until its number is typed', async () => {
        await openAt('fix-norm.toc', 8, 5);
        await wb.applyQuickFix('Voeg een norm toe');
        await eventually(() => wb.visibleLines(), l => l.some(x => x.includes('norm >= 0%')), 15_000);
        const line = await wb.lineNumberOf('norm >= 0%');
        expect(line).toBe(9);
        const flagged = await eventually(() => wb.squiggleLines('warning'), l => l.join() === String(line), 30_000);
        await wb.shot('norm-placeholder-warned');
        expect(flagged).toEqual([line]);
        await wb.fillFields('20');
        await eventually(() => wb.visibleLines(), l => l.some(x => x.includes('norm >= 20%')), 15_000);
        const left = await eventually(problems, l => l.length === 0, 30_000);
        await wb.shot('norm-filled-in');
        expect(left).toEqual([]);
    });

    // Fixes with one field: the saved text is checked whole, so a fix that inserts anything else, anywhere else, fails.
    const oneField: Array<{ name: string; file: string; at: [number, number, 'warning' | 'error' | 'hint']; title: string; inserted: string; value: string; expected: string }> = [{
        name: '"add an indicator" to a result without one: the indicator warns until its text is typed',
        file: 'fix-indicator.toc', at: [8, 5, 'warning'], title: 'Voeg een indicator toe', inserted: 'indicator "Hoe weten we het?"', value: 'Bezoeklijst.',
        expected: `${HEAD}\nactie Bezoek KT -> Kennen "Vrijwilligers bezoeken gezinnen." {\n${RESULT}`,
    }, {
        name: '"add a description" to a goal without one: the description warns until its sentence is typed',
        file: 'fix-omschrijving.toc', at: [3, 6, 'hint'], title: 'Voeg een omschrijving toe', inserted: 'Isolement "Beschrijf het in één zin."', value: 'Meer contact onder jonge gezinnen.',
        expected: NO_DESCRIPTION.replace('doel Contact -> Isolement\n', 'doel Contact -> Isolement "Meer contact onder jonge gezinnen."\n'),
    }, {
        name: '"create" the missing element an arrow names: the new subgoal, after the goal, warns until its description is typed',
        file: 'fix-aanmaken.toc', at: [5, 29, 'error'], title: 'Maak tussendoel `Kennen` aan', inserted: '"Beschrijf het in één zin."', value: 'Gezinnen kennen elkaar.',
        expected: UNKNOWN_NAME.replace('\n\nactie', '\n\ntussendoel Kennen "Gezinnen kennen elkaar."\n\nactie'),
    }];
    for (const c of oneField) {
        it(c.name, async () => {
            expect(c.expected).not.toBe(FILES[c.file]);
            const saved = await fixAndFill(c.file, c.at, c.title, c.inserted, c.value, c.expected, c.file.replace('.toc', ''));
            expect(saved).toBe(c.expected);
        });
    }

    it('"add a goal" to a challenge without one: name and text warn as placeholders until filled in', async () => {
        await openAt('fix-doel.toc', 1, 5);
        await wb.applyQuickFix('Voeg een doel toe voor');
        await eventually(() => wb.visibleLines(), l => l.some(x => x.includes('-> Armoede')), 15_000);
        const line = await wb.lineNumberOf('-> Armoede');
        await eventually(() => wb.squiggleLines('warning'), l => l.includes(line), 30_000);
        await wb.shot('goal-placeholders-warned');
        await wb.fillFields('Inkomen', 'Gezinnen hebben een leefbaar inkomen.');
        await wb.page.keyboard.press('Control+S');
        await eventually(() => wb.visibleLines(), l => l.some(x => x.startsWith('doel Inkomen -> Armoede "Gezinnen hebben een leefbaar inkomen."')), 15_000);
        // What is left is the plan's real gap (no action works toward the new goal yet), no placeholder.
        await wb.showProblemsOf('fix-doel.toc');
        const rows = await eventually(() => wb.problems('fix-doel.toc'), r => r.length > 0 && !r.some(x => x.includes('placeholder')), 30_000);
        await wb.shot('goal-filled-in');
        expect(rows.filter(r => !r.includes('goal-without-action')), JSON.stringify(rows)).toEqual([]);
        expect(rows.length).toBe(1);
    });
});

describe('hover', () => {
    it('on a norm: what a norm is, the latest measurement, met or not, the deadline', async () => {
        await wb.openFile('norm-hover.toc');
        await eventually(() => wb.visibleLines(), l => l.some(x => /Aanwezigheid.*gehaald/.test(x)), 30_000);
        await wb.hoverWord(/norm\s+>=\s+30%/, 'norm');
        const hover = wb.page.locator('.monaco-hover:not(.hidden)', { hasText: 'Het getal waarbij een resultaat bereikt is' }).first();
        await hover.waitFor({ timeout: 30_000 });
        const text = (await hover.innerText()).replace(/\s+/g, ' ');
        await wb.shot('norm-hover');
        expect(text).toContain('Norm ≥ 30% tegen 2026-12');
        expect(text).toContain('Het getal waarbij een resultaat bereikt is, eventueel tegen een datum.');
        expect(text).toMatch(/Stand: gehaald — laatste meting 34\s?% \(2026-09\)/);
        expect(text).toContain('Deadline: 2026-12');
        await wb.page.mouse.move(5, 500);
    });
});

describe('a new theory', () => {
    it('File > New File… offers "New Theory of Change", which asks the language and opens the theory', async () => {
        await wb.runCommand('Create: New File...');
        const entry = wb.page.locator('.quick-input-widget .monaco-list-row', { hasText: 'New Theory of Change' }).first();
        await entry.waitFor({ timeout: 30_000 });
        await wb.shot('new-file-menu');
        await entry.click();
        await wb.page.locator('.quick-input-widget .monaco-list-row', { hasText: 'English' }).first().click();
        const lines = await eventually(() => wb.visibleLines(), l => l.some(x => x.startsWith('theory "Our plan"')), 30_000);
        expect(lines.some(x => /^action \w+ ST -> /.test(x))).toBe(true);
        await wb.closeAllEditors();
    });

    it('in an English workspace: English comes first and the theory is in English', async () => {
        const folder = path.join(info.temp, 'english-workspace');
        mkdirSync(folder, { recursive: true });
        copyFileSync(path.join(repoRoot, 'examples/english/neighbourhood-care.toc'), path.join(folder, 'neighbourhood-care.toc'));
        const english = await Workbench.open({ ...info, workspace: folder }, 'first-day-fixes-english');
        try {
            // Once its theory is open with its colours, the extension is there: its commands are in the palette.
            await english.openFile('neighbourhood-care.toc');
            await english.activeEditor().locator('.view-line', { hasText: 'challenge' }).first().waitFor({ timeout: 30_000 });
            await english.runCommand('Theory of Change: New Theory of Change');
            const rows = english.page.locator('.quick-input-widget .monaco-list-row');
            await rows.first().waitFor({ timeout: 30_000 });
            expect(await rows.first().innerText()).toContain('English');
            await english.shot('language');
            await english.page.keyboard.press('Enter');
            const lines = await eventually(() => english.visibleLines(), l => l.some(x => x.startsWith('theory "Our plan"')), 30_000);
            await english.shot('theory');
            expect(lines.some(x => /^challenge \w+ "/.test(x))).toBe(true);
            expect(lines.some(x => /^(uitdaging|doel|actie) /.test(x))).toBe(false);
        } catch (e) {
            await english.shot('FAILED');
            throw e;
        } finally {
            await english.close();
        }
    });
});
