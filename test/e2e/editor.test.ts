/**
 * The language in real VS Code (code-server), through the packaged .vsix: what a user sees in the editor.
 * Colours, Problems, squiggles, completion, hover, a quick fix from the light bulb, format on save, crash restart.
 */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SERVER_NODE_FLAGS } from '../../packages/language/src/server-flags.js';
import { repoRoot } from './harness/code-server.js';
import { closeWorkbenchAfterAll, codeServer } from './harness/session.js';
import { eventually, Workbench } from './harness/workbench.js';

const EXAMPLE = 'zorgzame-buurt.toc';
const exampleText = readFileSync(path.join(repoRoot, 'examples', EXAMPLE), 'utf8');

/** 1-based line of the first line that contains `text` in the example. */
function lineOf(text: string, source = exampleText): number {
    const i = source.split('\n').findIndex(l => l.includes(text));
    if (i < 0) throw new Error(`"${text}" not in the text`);
    return i + 1;
}

let wb: Workbench;
let workspace: string;

beforeAll(async () => {
    const info = await codeServer();
    workspace = info.workspace;
    // Each test that edits gets its own copy, so the example stays as written for the others.
    copyFileSync(path.join(repoRoot, 'examples', EXAMPLE), path.join(workspace, 'completion.toc'));
    copyFileSync(path.join(repoRoot, 'examples', EXAMPLE), path.join(workspace, 'restart.toc'));
    for (const f of readdirSync(path.join(repoRoot, 'test/e2e/fixtures'))) {
        copyFileSync(path.join(repoRoot, 'test/e2e/fixtures', f), path.join(workspace, f));
    }
    wb = await Workbench.open(info, 'editor');
});

beforeEach(async () => {
    // Whatever a failed test left open (a menu, a quick input) must not take the next test's keys.
    await wb.page.keyboard.press('Escape');
    await wb.page.keyboard.press('Escape');
});

closeWorkbenchAfterAll(() => wb);

describe('a .toc file in VS Code', () => {
    it('colours keywords and strings differently', async () => {
        await wb.openFile(EXAMPLE);
        const line = wb.activeEditor().locator('.view-line', { hasText: /doel\s+SocialeContacten/ });
        // Colouring starts once the grammar is loaded: until then the line is one plain token.
        const colours = await eventually(() => line.evaluate((el) => {
            const spans = [...el.querySelectorAll<HTMLElement>('span > span')];
            const colour = (pred: (t: string) => boolean) => {
                const s = spans.find(x => pred((x.textContent ?? '').replace(/\u00a0/g, ' ').trim()));
                return s ? getComputedStyle(s).color : undefined;
            };
            return { keyword: colour(t => t === 'doel'), string: colour(t => t.startsWith('"De sociale')) };
        }), c => c.keyword !== undefined && c.string !== undefined && c.keyword !== c.string, 30_000);
        await wb.shot('colours');
        expect(colours.keyword).toBeDefined();
        expect(colours.string).toBeDefined();
        expect(colours.keyword).not.toBe(colours.string);
    });

    it('puts squiggles under the lines the checks point at', async () => {
        // The server's warnings: Rechten, its two subgoals, MondTotMond (no norm), three actions without a result.
        const expected = ['doel Rechten', 'tussendoel Aanspreekpunt', 'tussendoel WegNaarRechten', 'resultaat MondTotMond',
            'actie HuisVanHetKind', 'actie Ontmoetingsruimte', 'actie Professional'].map(t => lineOf(t));
        // Only rendered lines have squiggles in the DOM: look at the top of the file, then at its end.
        const seen = async () => {
            await wb.goTo(1, 1);
            const top = await wb.squiggleLines('warning');
            await wb.shot('squiggles');
            await wb.goTo(exampleText.trimEnd().split('\n').length, 1);
            return [...new Set([...top, ...await wb.squiggleLines('warning')])];
        };
        const lines = await eventually(seen, l => expected.every(e => l.includes(e)), 60_000, 1000);
        expect(lines).toEqual(expect.arrayContaining(expected));
        // A line without findings stays clean: the challenge is addressed by both goals.
        expect(lines).not.toContain(lineOf('uitdaging Isolement'));
    });

    it('lists the warnings with their rule ids in the Problems panel', async () => {
        await wb.problemsOfActiveFile();
        const expected: Array<[string, string]> = [
            ['goal-without-action', 'Rechten'],
            ['subgoal-without-action', 'Aanspreekpunt'],
            ['subgoal-without-action', 'WegNaarRechten'],
            ['result-without-norm', 'MondTotMond'],
            ['action-without-result', 'HuisVanHetKind'],
            ['action-without-result', 'Ontmoetingsruimte'],
            ['action-without-result', 'Professional'],
        ];
        // Each row shows the message (with the element's name), the source and rule id (`toc(rule-id)`), the position.
        const rows = await eventually(() => wb.problems(EXAMPLE), r => r.length >= expected.length, 30_000);
        await wb.shot('problems');
        for (const [rule, name] of expected) {
            expect(rows.some(r => r.includes(`toc${rule}[`) && r.includes(`\`${name}\``)), `${rule} for ${name} in ${JSON.stringify(rows, null, 1)}`).toBe(true);
        }
        const warnings = (rule: string) => rows.filter(r => r.includes(`toc${rule}[`)).length;
        expect(warnings('goal-without-action')).toBe(1);
        expect(warnings('subgoal-without-action')).toBe(2);
        expect(warnings('action-without-result')).toBe(3);
    });

    it('completes the targets of an action after "-> " with goals and subgoals, not the challenge', async () => {
        await wb.openFile('completion.toc');
        const last = exampleText.trimEnd().split('\n').length;
        await wb.goTo(last, 1);
        // Insert Line Below: with word wrap on (the [toc] default), End stops at the end of a wrapped row.
        await wb.page.keyboard.press('Control+Enter');
        await wb.page.keyboard.type('actie Buurtfeest KT -> ', { delay: 20 });
        await wb.page.keyboard.press('Control+Space');
        const rows = wb.page.locator('.suggest-widget .monaco-list-row');
        await rows.first().waitFor({ timeout: 30_000 });
        const labels = await eventually(
            () => wb.page.locator('.suggest-widget .monaco-list-row .label-name').allInnerTexts(),
            l => l.includes('ElkaarKennen'), 15_000);
        await wb.shot('completion');
        expect(labels).toEqual(expect.arrayContaining(['SocialeContacten', 'Rechten', 'ElkaarKennen', 'RustigePlek', 'Aanspreekpunt', 'WegNaarRechten']));
        expect(labels).not.toContain('Isolement');
        expect(labels).not.toContain('Spelnamiddag');
        await wb.page.keyboard.press('Escape');
    });

    it('shows kind and description when hovering a name', async () => {
        await wb.openFile(EXAMPLE);
        await wb.goTo(lineOf('actie Spelnamiddag'), 1);
        // The exact box of the word `ElkaarKennen` after the arrow.
        await wb.hoverWord(/actie\s+Spelnamiddag/, 'ElkaarKennen');
        const hover = wb.page.locator('.monaco-hover:not(.hidden)', { hasText: 'praten met elkaar' }).first();
        await hover.waitFor({ timeout: 30_000 });
        const text = await hover.innerText();
        await wb.shot('hover');
        expect(text).toMatch(/tussendoel|subgoal/i);
        expect(text).toContain('Jonge gezinnen kennen elkaar en praten met elkaar.');
        await wb.page.mouse.move(5, 500);
    });

    it('applies a quick fix from the light bulb: an action gets a time horizon', async () => {
        await wb.openFile('quickfix.toc');
        const source = readFileSync(path.join(workspace, 'quickfix.toc'), 'utf8');
        await wb.goTo(lineOf('actie Babbel', source), 8);
        const bulb = wb.page.locator('.lightBulbWidget .codicon, .lightBulbWidget').first();
        await bulb.waitFor({ state: 'visible', timeout: 60_000 });
        await bulb.click();
        const actions = wb.page.locator('.action-widget .monaco-list-row.action');
        await actions.first().waitFor({ timeout: 30_000 });
        const titles = await actions.allInnerTexts();
        await wb.shot('quick-fix-menu');
        for (const h of ['KT', 'MLT', 'LT']) expect(titles.some(t => new RegExp(`\\b${h}\\b`).test(t)), `${h} in ${JSON.stringify(titles)}`).toBe(true);
        // The menu is keyboard-driven: walk down to the KT fix and apply it.
        const kt = titles.findIndex(t => /\bKT\b/.test(t));
        for (let i = 0; i < kt; i++) await wb.page.keyboard.press('ArrowDown');
        await wb.page.keyboard.press('Enter');
        const lines = await eventually(() => wb.visibleLines(), l => l.some(x => x.includes('actie Babbel KT -> Bezoek')), 15_000);
        await wb.shot('quick-fix-applied');
        expect(lines).toContain('actie Babbel KT -> Bezoek "Vrijwilligers komen wekelijks langs voor een babbel." {');
    });

    it('formats a badly indented file on save', async () => {
        const file = path.join(workspace, 'badly-indented.toc');
        const before = readFileSync(file, 'utf8');
        await wb.openFile('badly-indented.toc');
        // Saving only formats a changed file: add an empty line at the end, as a user would.
        await wb.goTo(before.trimEnd().split('\n').length, 1);
        // Insert Line Below: with word wrap on (the [toc] default), End stops at the end of a wrapped row.
        await wb.page.keyboard.press('Control+Enter');
        await wb.page.keyboard.press('Control+S');
        const after = await eventually(async () => readFileSync(file, 'utf8'), t => t !== before && !/^ {2}uitdaging/m.test(t), 30_000);
        await wb.shot('formatted');
        const indents = after.trimEnd().split('\n').filter(l => l.trim()).map(l => /^ */.exec(l)![0].length);
        // The editor's indentation (the status bar's "Spaces: N") is what the formatter is asked to use.
        const n = await wb.indentSize();
        // theorie, uitdaging, doel at the left; tussendoel and actie inside doel; trekker inside actie; then the braces close.
        expect(indents).toEqual([0, 0, 0, n, n, 2 * n, n, 0]);
        expect(after).toContain(`${' '.repeat(2 * n)}trekker "Buurtwerker"`);
    });

    it('follows the toc.rules setting: a rule switched off leaves the Problems panel', async () => {
        const settingsFile = path.join(workspace, '.vscode/settings.json');
        const before = readFileSync(settingsFile, 'utf8');
        await wb.openFile(EXAMPLE);
        await wb.problemsOfActiveFile();
        const has = (rows: string[], rule: string) => rows.some(r => r.includes(`toc${rule}[`));
        expect(has(await eventually(() => wb.problems(EXAMPLE), r => has(r, 'action-without-result'), 30_000), 'action-without-result')).toBe(true);
        try {
            // As a user would in .vscode/settings.json; VS Code passes it to the server (workspace/didChangeConfiguration).
            writeFileSync(settingsFile, JSON.stringify({ ...JSON.parse(before), 'toc.rules': { 'action-without-result': 'off' } }, null, 2));
            const rows = await eventually(() => wb.problems(EXAMPLE), r => !has(r, 'action-without-result') && has(r, 'goal-without-action'), 30_000);
            await wb.shot('rule-switched-off');
            expect(has(rows, 'action-without-result')).toBe(false);
            expect(has(rows, 'goal-without-action')).toBe(true);
        } finally {
            writeFileSync(settingsFile, before);
        }
        const restored = await eventually(() => wb.problems(EXAMPLE), r => has(r, 'action-without-result'), 30_000);
        expect(has(restored, 'action-without-result')).toBe(true);
    });

    it('warns about a misspelt rule in a team\'s toc.config.json, on that file, until it is fixed; allows comments; completes rule names', async () => {
        const team = path.join(workspace, 'team');
        mkdirSync(team, { recursive: true });
        const config = path.join(team, 'toc.config.json');
        try {
            writeFileSync(path.join(team, 'plan.toc'), 'uitdaging Eenzaamheid "Te veel mensen voelen zich alleen."\n');
            writeFileSync(config, '{\n  "rules": { "missing-descripton": "off" }\n}\n');
            await wb.openFile('toc.config.json');
            await wb.problemsOfActiveFile();
            // The folder's theory is Dutch, so the warning is too; it names the rule meant.
            const rows = await eventually(() => wb.problems('toc.config.json'), r => r.some(x => x.includes('missing-descripton')), 60_000);
            await wb.shot('config-problem');
            expect(rows.some(r => r.includes('tocconfig[') && r.includes('Bedoel je "missing-description"?')), JSON.stringify(rows)).toBe(true);
            // Fixed, with a comment saying why: VS Code reads the file as JSON with comments, as the checks do.
            writeFileSync(config, '{\n  // Onze namen zeggen genoeg.\n  "rules": { "missing-description": "off" }\n}\n');
            expect(await eventually(() => wb.problems('toc.config.json'), r => r.length === 0, 60_000)).toEqual([]);
            expect(await wb.page.locator('[id="status.editor.mode"]').innerText()).toContain('JSON with Comments');

            // The schema the extension gives VS Code completes the rule names a team may set (not the fixed ones).
            writeFileSync(config, '{\n  "rules": {\n    \n  }\n}\n');
            // The editor shows the new text (the one before had five lines too).
            await eventually(() => wb.visibleLines(), l => l.some(x => x.trim() === '"rules": {') && !l.some(x => x.includes('Onze namen')), 30_000);
            await wb.goTo(3, 5);
            await wb.page.keyboard.press('Control+Space');
            const labels = await eventually(
                () => wb.page.locator('.suggest-widget .monaco-list-row .label-name').allInnerTexts(),
                l => l.some(x => x.includes('missing-description')), 30_000);
            await wb.shot('config-completion');
            expect(labels.join(' ')).toContain('action-without-result');
            expect(labels.join(' ')).not.toContain('syntax-error');
            await wb.page.keyboard.press('Escape');
        } finally {
            rmSync(team, { recursive: true, force: true });
        }
    });

    it('checks an untitled buffer once its language is Theory of Change', async () => {
        await wb.page.keyboard.press('Control+Alt+N').catch(() => undefined);
        if (!(await wb.page.locator('.tabs-container .tab.active', { hasText: 'Untitled' }).isVisible())) await wb.runCommand('File: New Untitled Text File');
        await wb.page.locator('.tabs-container .tab.active', { hasText: 'Untitled' }).waitFor();
        await wb.runCommand('Change Language Mode');
        await wb.page.locator('.quick-input-widget input').fill('Theory of Change');
        const row = wb.page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Theory of Change' }).first();
        await row.waitFor();
        await row.click();
        await wb.page.locator('[id="status.editor.mode"]', { hasText: 'Theory of Change' }).waitFor();
        await wb.page.keyboard.type('actie Los "Een actie die nergens aan bijdraagt."', { delay: 10 });
        const lines = await eventually(() => wb.squiggleLines('warning'), l => l.includes(1), 30_000);
        await wb.shot('untitled');
        expect(lines).toContain(1);
    });

    it('restarts a crashed language server with a visible message, and checks again', async () => {
        const pids = serverPids(wb.info.temp);
        expect(pids.length).toBeGreaterThan(0);
        // Started with the memory limits the benchmarks measure (packages/language/src/server-flags.ts).
        for (const pid of pids) expect(commandLine(pid)).toEqual(expect.arrayContaining([...SERVER_NODE_FLAGS]));
        for (const pid of pids) process.kill(pid, 'SIGKILL');
        const toast = wb.page.locator('.notifications-toasts .notification-toast', { hasText: 'stopped unexpectedly' });
        await toast.first().waitFor({ timeout: 30_000 });
        await wb.shot('server-restarted');
        // The restarted server checks a new edit: an action without horizon nor result gets squiggles.
        await wb.openFile('restart.toc');
        await wb.page.keyboard.press('Control+End');
        await wb.page.keyboard.insertText('\nactie Extra -> Rechten "Na de herstart."\n');
        const extraLine = await eventually(() => wb.lineNumberOf('actie Extra'), n => n > 0, 10_000);
        const lines = await eventually(() => wb.squiggleLines('warning'), l => l.includes(extraLine), 60_000);
        await wb.shot('checks-after-restart');
        const restarted = serverPids(wb.info.temp).filter(p => !pids.includes(p));
        expect(restarted.length).toBeGreaterThan(0);
        for (const pid of restarted) expect(commandLine(pid)).toEqual(expect.arrayContaining([...SERVER_NODE_FLAGS]));
        expect(lines).toContain(extraLine);
    });
});

/** The arguments a process was started with. */
function commandLine(pid: number): string[] {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
}

/** Processes running our bundled server from this test run's extensions folder. */
function serverPids(temp: string): number[] {
    const pids: number[] = [];
    for (const entry of readdirSync('/proc')) {
        if (!/^\d+$/.test(entry)) continue;
        try {
            const cmd = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
            if (cmd.includes(temp) && cmd.includes('dist/server.cjs')) pids.push(Number(entry));
        } catch {
            // process ended meanwhile
        }
    }
    return pids;
}
