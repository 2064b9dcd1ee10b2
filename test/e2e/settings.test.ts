/**
 * What the Settings editor of real VS Code (code-server, the packaged .vsix) shows of the extension: its settings
 * under "Theory of Change", in titled sections, each named by its own word ("Direction"), never by the setting
 * id ("Toc › Preview: Direction"); and found by searching for either language's name of the method.
 * Screenshots: test-results/e2e/settings-*.png.
 */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { closeWorkbenchAfterAll, codeServer } from './harness/session.js';
import { eventually, Workbench } from './harness/workbench.js';

let wb: Workbench;

beforeAll(async () => {
    wb = await Workbench.open(await codeServer(), 'settings');
    await wb.runCommand('Preferences: Open Settings (UI)');
    await wb.page.locator('.settings-editor .suggest-input-container').waitFor({ timeout: 30_000 });
});

beforeEach(async () => {
    await wb.page.keyboard.press('Escape');
});

closeWorkbenchAfterAll(() => wb);

/** Types `query` into the Settings editor's search box and waits until the list has settled on its results. */
async function search(query: string): Promise<void> {
    const box = wb.page.locator('.settings-editor .suggest-input-container .monaco-editor').first();
    await box.click();
    await wb.page.keyboard.press('Control+A');
    await wb.page.keyboard.press('Backspace');
    await wb.page.keyboard.type(query, { delay: 20 });
    await wb.page.waitForTimeout(1500);
}

/**
 * Moves the mouse off the table of contents and waits for its tooltip to go: the "Extensions" row's tooltip
 * lies over the row below it, and a click there would wait for it in vain.
 */
async function noHover(): Promise<void> {
    const list = await wb.page.locator('.settings-editor .settings-tree-container').first().boundingBox();
    if (list) await wb.page.mouse.move(list.x + list.width / 2, list.y + list.height - 10, { steps: 5 });
    await wb.page.locator('.context-view .hover-contents').first().waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => undefined);
}

interface Item { key: string; category: string; label: string }

/** The extension's settings the list shows now (rows carry their setting id in `data-key`). */
async function items(): Promise<Item[]> {
    return wb.page.locator('.settings-editor .settings-tree-container').first().evaluate(tree =>
        [...tree.querySelectorAll<HTMLElement>('[data-key^="toc."]')].map(item => ({
            key: item.getAttribute('data-key') ?? '',
            category: (item.querySelector('.setting-item-category')?.textContent ?? '').trim(),
            label: (item.querySelector('.setting-item-label')?.textContent ?? '').trim(),
        })));
}

describe('the Settings editor', () => {
    it('lists the extension\'s settings under "Theory of Change" in titled sections, named by their own word', async () => {
        await search('');
        const toc = wb.page.locator('.settings-toc-container .monaco-list-row');
        await toc.filter({ hasText: /^Extensions/ }).first().click();
        const ours = toc.filter({ hasText: /^Theory of Change/ }).first();
        await ours.waitFor({ timeout: 15_000 });
        // The table of contents still moves while it expands: click again until the list shows our settings.
        let shown: Item[] = [];
        for (let attempt = 0; attempt < 4 && shown.length < 3; attempt++) {
            await wb.page.waitForTimeout(1000);
            await noHover();
            await ours.click();
            shown = await eventually(items, l => l.length >= 3, 5_000);
        }
        await wb.shot('extension-settings');
        expect(shown.map(i => [i.key, i.label]).sort()).toEqual([
            ['toc.preview.details', 'Details'], ['toc.preview.direction', 'Direction'], ['toc.rules', 'Rules']]);
        // The category VS Code would derive from the id ("Toc › Preview:") is gone: the section's title says it.
        expect(shown.filter(i => i.category !== '')).toEqual([]);
        // The sections' titles, in the table of contents (the list's own headings scroll out of its rendered rows).
        expect((await toc.allInnerTexts()).map(t => t.trim())).toEqual(expect.arrayContaining(['Theory of Change', 'Checks', 'Diagram']));
    });

    for (const query of ['veranderingstheorie', 'theory of change']) {
        it(`finds them by searching "${query}"`, async () => {
            await search(query);
            const shown = await eventually(items, l => l.length >= 3, 30_000);
            await wb.shot(`search-${query.replace(/\W+/g, '-')}`);
            expect(shown.map(i => i.key).sort()).toEqual(['toc.preview.details', 'toc.preview.direction', 'toc.rules']);
        });
    }
});
