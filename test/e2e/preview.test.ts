/**
 * The live diagram in real VS Code: open it beside the editor, count the nodes by kind, watch a typed action appear,
 * click a node to select its element in the editor, close and reopen it after an edit, export the diagram as SVG.
 */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Frame } from 'playwright-core';
import { repoRoot } from './harness/code-server.js';
import { closeWorkbenchAfterAll, codeServer } from './harness/session.js';
import { eventually, Workbench } from './harness/workbench.js';

const FILE = 'preview.toc';
const exampleText = readFileSync(path.join(repoRoot, 'examples/zorgzame-buurt.toc'), 'utf8');

/** How many elements of a kind the example writes: lines that start with its Dutch keyword. */
function written(keyword: string): number {
    return exampleText.match(new RegExp(`^\\s*${keyword}\\s`, 'gm'))?.length ?? 0;
}

function lineOf(text: string): number {
    return exampleText.split('\n').findIndex(l => l.includes(text)) + 1;
}

let wb: Workbench;
let workspace: string;
let frame: Frame;

beforeAll(async () => {
    const info = await codeServer();
    workspace = info.workspace;
    copyFileSync(path.join(repoRoot, 'examples/zorgzame-buurt.toc'), path.join(workspace, FILE));
    wb = await Workbench.open(info, 'preview');
    await wb.closeAllEditors();
});

beforeEach(async () => {
    await wb.page.keyboard.press('Escape');
});

closeWorkbenchAfterAll(() => wb);

/** Drags a sash (a split's handle) by dx, dy. */
async function drag(sash: ReturnType<Workbench['page']['locator']>, dx: number, dy: number): Promise<void> {
    const box = await sash.boundingBox();
    if (!box) return;
    const x = box.x + box.width / 2, y = box.y + box.height / 2;
    await wb.page.mouse.move(x, y);
    await wb.page.mouse.down();
    await wb.page.mouse.move(x + dx, y + dy, { steps: 8 });
    await wb.page.mouse.up();
}

/** Number of diagram nodes per `data-toc-kind` in the webview. */
async function kinds(): Promise<Record<string, number>> {
    return frame.evaluate(() => {
        const count: Record<string, number> = {};
        for (const el of document.querySelectorAll('[data-toc-kind]')) {
            const k = el.getAttribute('data-toc-kind')!;
            count[k] = (count[k] ?? 0) + 1;
        }
        return count;
    });
}

/** Runs the export command and accepts VS Code's own save dialog (a quick input with the proposed path, next to
 *  the file); returns the path once the file is written. */
async function exportDiagram(format: 'svg' | 'png'): Promise<string> {
    const target = path.join(workspace, `preview.${format}`);
    await wb.focusWorkbench();
    await wb.runCommand(`Theory of Change: Export Diagram as ${format.toUpperCase()}`);
    const input = wb.page.locator('.quick-input-widget input');
    await eventually(() => input.inputValue().catch(() => ''), v => v.endsWith(`preview.${format}`), 30_000);
    await wb.shot(`export-dialog-${format}`);
    await wb.page.keyboard.press('Enter');
    await eventually(async () => existsSync(target) && statSync(target).size > 0, ok => ok, 30_000);
    return target;
}

describe('the diagram preview', () => {
    it('opens beside the editor and draws every element of the theory', async () => {
        await wb.openFile(FILE);
        // Wait for the checks, so the server has sent a model.
        await eventually(() => wb.squiggleLines('warning'), l => l.length > 0, 60_000);
        await wb.runCommand('Theory of Change: Open Diagram to the Side');
        await wb.page.locator('.tab', { hasText: `Diagram ${FILE}` }).waitFor({ timeout: 30_000 });
        frame = await wb.webviewFrame('[data-toc-kind]');
        const count = await eventually(kinds, c => c.action === written('actie'), 30_000);
        await wb.shot('opened');
        expect(count.challenge).toBe(written('uitdaging'));
        expect(count.goal).toBe(written('doel'));
        expect(count.subgoal).toBe(written('tussendoel'));
        expect(count.action).toBe(written('actie'));
        // Compact boxes by default (toc.preview.details): each result is a light on its box, not a card.
        expect(count.result).toBe(written('resultaat'));
        expect(await frame.locator('g.toc-result').count()).toBe(0);
        expect([count.challenge, count.goal, count.subgoal, count.action, count.result]).toEqual([1, 2, 4, 5, 4]);
    });

    it('shows a new action as soon as it is typed', async () => {
        await wb.goTo(lineOf('actie Professional'), 1);
        // Insert Line Below: the editor wraps long lines, so End would stop at the end of the first screen line.
        await wb.page.keyboard.press('Control+Enter');
        // Typed as a user types (the closing quote types over the one the editor added); every keystroke redraws.
        await wb.page.keyboard.type('actie Buurtfeest KT -> Rechten "Een buurtfeest in het park."', { delay: 15 });
        await wb.page.keyboard.press('Escape');
        const done = async (): Promise<Record<string, number>> => ({ ...await kinds(), named: await frame.locator('[data-toc-id="Buurtfeest"]').count() });
        const count = await eventually(done, c => c.named === 1 && c.action === written('actie') + 1, 30_000);
        // The picture catches up with the last keystroke, not only with a half-typed line. A compact box does not draw
        // its description; its accessible name carries it.
        const node = frame.locator('[data-toc-id="Buurtfeest"]').first();
        expect(await eventually(() => node.getAttribute('aria-label'), t => (t ?? '').includes('Een buurtfeest in het park.'), 30_000)).toContain('Een buurtfeest in het park.');
        await wb.shot('typed-action');
        expect(count.action).toBe(written('actie') + 1);
        expect(count.named).toBe(1);
        expect(await wb.visibleLines()).toContain('actie Buurtfeest KT -> Rechten "Een buurtfeest in het park."');
    });

    it('selects an element in the editor when its node is clicked', async () => {
        await wb.goTo(1, 1);
        await frame.locator('[data-toc-kind="goal"][data-toc-id="SocialeContacten"]').first().click();
        const status = await eventually(() => wb.page.locator('[id="status.editor.selection"]').innerText(),
            t => t.includes(`Ln ${lineOf('doel SocialeContacten')},`), 15_000);
        await wb.shot('node-clicked');
        // The goal's name is selected: `SocialeContacten` is 16 characters.
        expect(status).toContain(`Ln ${lineOf('doel SocialeContacten')},`);
        expect(status).toContain('16 selected');
    });

    it('highlights the node of the element under the editor cursor', async () => {
        await wb.goTo(lineOf('tussendoel RustigePlek'), 20);
        const selected = await eventually(
            () => frame.evaluate(() => [...document.querySelectorAll('[data-toc-id].toc-selected')].map(e => e.getAttribute('data-toc-id'))),
            ids => ids.includes('RustigePlek'), 15_000);
        await wb.shot('cursor-highlight');
        expect(selected).toEqual(['RustigePlek']);
    });

    it('closed, then opened again after an edit, shows the text as it is now', async () => {
        // While no preview is open the server sends no models (toc/watchModel); the new panel asks for one.
        const tab = wb.page.locator('.tab', { hasText: `Diagram ${FILE}` });
        await tab.hover();
        await tab.locator('.tab-actions .action-label').click();
        await tab.waitFor({ state: 'detached', timeout: 15_000 });
        await wb.goTo(lineOf('actie Professional'), 1);
        // Insert Line Below: the editor wraps long lines, so End would stop at the end of the first screen line.
        await wb.page.keyboard.press('Control+Enter');
        await wb.page.keyboard.type('actie Ontmoeting KT -> Rechten "Een ontmoetingsmoment."', { delay: 15 });
        await wb.page.keyboard.press('Escape');
        await wb.runCommand('Theory of Change: Open Diagram to the Side');
        await wb.page.locator('.tab', { hasText: `Diagram ${FILE}` }).waitFor({ timeout: 30_000 });
        frame = await wb.webviewFrame('[data-toc-kind]');
        const done = async (): Promise<Record<string, number>> => ({ ...await kinds(), named: await frame.locator('[data-toc-id="Ontmoeting"]').count() });
        const count = await eventually(done, c => c.named === 1, 30_000);
        await wb.page.mouse.move(1200, 12); // no tooltip in the picture
        await wb.shot('reopened');
        expect(count.named).toBe(1);
        // This one and the one typed in an earlier test.
        expect(count.action).toBe(written('actie') + 2);
    });

    it('exports the diagram as SVG next to the file', async () => {
        const svg = readFileSync(await exportDiagram('svg'), 'utf8');
        expect(svg).toMatch(/^(<\?xml[^>]*>\s*)?<svg[\s>]/);
        expect(svg).toContain('data-toc-id="Rechten"');
    });

    it('exports the diagram as PNG', async () => {
        const png = readFileSync(await exportDiagram('png'));
        expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
        expect(png.length).toBeGreaterThan(5_000);
    });

    it('follows the active editor and makes the picture for the docs: editor, Problems and diagram', async () => {
        await wb.page.keyboard.press('Escape');
        await wb.page.keyboard.press('Control+B'); // hide the side bar: editor, Problems and diagram share the window
        // Another .toc file in the editor: the preview switches to it, as Markdown's preview does.
        await wb.openFile('zorgzame-buurt.toc');
        await wb.page.locator('.tab', { hasText: 'Diagram zorgzame-buurt.toc' }).waitFor({ timeout: 15_000 });
        const count = await eventually(kinds, c => c.action === written('actie'), 30_000);
        expect(count.action).toBe(written('actie'));
        expect(await frame.locator('[data-toc-id="Buurtfeest"]').count()).toBe(0);
        await wb.runCommand('Notifications: Clear All Notifications');
        await wb.page.keyboard.press('Control+Shift+M');
        // For the picture: the diagram gets the larger share of the window, drawn top-down, fitted.
        await drag(wb.page.locator('.part.editor .monaco-sash.vertical').filter({ visible: true }).first(), -180, 0);
        const panelTop = (await wb.page.locator('.part.panel').boundingBox())?.y ?? 0;
        for (const sash of await wb.page.locator('.monaco-sash.horizontal').all()) {
            const b = await sash.boundingBox();
            if (b && b.width > 200 && Math.abs(b.y + b.height / 2 - panelTop) < 6) {
                await drag(sash, 0, 110);
                break;
            }
        }
        await frame.locator('.toc-direction').click();
        await wb.page.waitForTimeout(1500); // the new layout runs in the preview's worker
        await frame.locator('.toc-fit').click();
        // Back to the text (clicks in the diagram made the preview the active editor), its problems listed.
        await wb.page.keyboard.press('Control+1');
        await wb.problemsOfActiveFile();
        await wb.goTo(lineOf('doel Rechten'), 6);
        await wb.page.mouse.move(1200, 12); // no tooltip in the picture
        await wb.page.waitForTimeout(500); // let the fit settle: only the picture depends on it
        const out = path.join(repoRoot, 'test-results/e2e/vscode-docs.png');
        mkdirSync(path.dirname(out), { recursive: true });
        await wb.page.screenshot({ path: out });
        expect(statSync(out).size).toBeGreaterThan(10_000);
    });
});
