/**
 * VS Code asked for Dutch (code-server `--locale nl`) without the Dutch language pack. Not a Dutch UI, and this
 * test says so instead of skipping: offline no language pack can be installed, and without one VS Code resolves
 * its language to English (its NLS configuration falls back to `resolvedLanguage: 'en'` when no pack for `nl` is
 * installed), so it reads an extension's package.nls.json, not package.nls.nl.json, whatever `--locale` says.
 * Checked here: the extension's commands are there, in English, and no Dutch title shows. The day a language
 * pack is installed in the test's code-server, this test fails and should then assert the Dutch titles
 * ("Veranderingstheorie: Schema openen"). That every title has its Dutch text: test/e2e/translations.test.ts.
 * Screenshot: test-results/e2e/dutch-*.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCodeServer } from './harness/code-server.js';
import { eventually, Workbench } from './harness/workbench.js';

let server: Awaited<ReturnType<typeof startCodeServer>> | undefined;
let wb: Workbench | undefined;

beforeAll(async () => {
    server = await startCodeServer({ locale: 'nl' });
    wb = await Workbench.open(server.info, 'dutch');
    // The commands show in the palette while a theory is open (their `when`): open one, wait for its colours.
    await wb.openFile('zorgzame-buurt.toc');
    await wb.activeEditor().locator('.view-line', { hasText: 'uitdaging' }).first().waitFor({ timeout: 30_000 });
});

afterAll(async () => {
    await wb?.close();
    await server?.stop();
});

/** The Command Palette's rows for `query` once `ready` holds (or after 30 s). */
async function palette(query: string, ready: (rows: string[]) => boolean): Promise<string[]> {
    const page = wb!.page;
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Shift+P');
    await page.locator('.quick-input-widget input').fill(`>${query}`);
    const rows = page.locator('.quick-input-widget .monaco-list-row');
    return (await eventually(() => rows.allInnerTexts(), ready, 30_000)).map(t => t.replace(/\s+/g, ' '));
}

describe('VS Code with --locale nl and no Dutch language pack (offline)', () => {
    it('lists the extension\'s commands with their English titles: package.nls.nl.json needs the language pack', async () => {
        const english = await palette('Theory of Change', r => r.some(x => x.includes('Open Diagram')));
        await wb!.shot('command-palette-english');
        expect(english, JSON.stringify(english)).toEqual(expect.arrayContaining([
            expect.stringContaining('Theory of Change: Open Diagram'),
            expect.stringContaining('Theory of Change: New Theory of Change'),
        ]));
        const dutch = await palette('Veranderingstheorie', r => r.length > 0);
        await wb!.shot('command-palette-dutch');
        expect(dutch).toEqual(['No matching commands']);
    });
});
