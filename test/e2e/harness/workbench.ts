/** Drives the VS Code workbench in headless Chromium the way a user would: keyboard, mouse, what is on screen. */
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { resultsDir, type CodeServerInfo } from './code-server.js';

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export class Workbench {
    private shotCount = 0;

    private constructor(readonly browser: Browser, readonly page: Page, readonly info: CodeServerInfo, private readonly prefix: string) {}

    /** A browser window on the workspace folder (or on `target`, e.g. `workspace=/x.code-workspace`), with the workbench loaded. */
    static async open(info: CodeServerInfo, prefix: string, target = `folder=${encodeURIComponent(info.workspace)}`): Promise<Workbench> {
        mkdirSync(resultsDir, { recursive: true });
        // This window's earlier screenshots only (`first-day-01-…`, not `first-day-fixes-01-…`).
        const own = new RegExp(`^${prefix.replace(/\W/g, '\\$&')}-\\d+-`);
        for (const f of readdirSync(resultsDir)) if (own.test(f)) rmSync(path.join(resultsDir, f));
        const browser = await chromium.launch({ executablePath: process.env.TOC_E2E_CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
        const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
        await page.goto(`${info.url}/?${target}`);
        await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
        const explorerRow = page.locator('.explorer-folders-view .monaco-list-row').first();
        // A window restores the side bar as an earlier one left it (another view, or hidden): ask for the
        // Explorer (Ctrl+Shift+E) until its rows show.
        for (let attempt = 0; ; attempt++) {
            try {
                await explorerRow.waitFor({ timeout: 20_000 });
                break;
            } catch (e) {
                if (attempt >= 2) {
                    await page.screenshot({ path: path.join(resultsDir, `${prefix}-00-open-failed.png`) }).catch(() => undefined);
                    throw e;
                }
                if (await page.getByText('You have not yet added a folder').isVisible().catch(() => false)) {
                    // A multi-root workspace sometimes opens before its folders are read: open it again.
                    await page.reload();
                    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
                } else {
                    await page.locator('.monaco-workbench').click({ position: { x: 800, y: 500 } }).catch(() => undefined);
                    await page.keyboard.press('Control+Shift+E');
                }
            }
        }
        return new Workbench(browser, page, info, prefix);
    }

    async close(): Promise<void> {
        await this.browser.close();
    }

    /** A numbered screenshot in test-results/e2e/, to look at. */
    async shot(name: string): Promise<string> {
        mkdirSync(resultsDir, { recursive: true });
        const file = path.join(resultsDir, `${this.prefix}-${String(++this.shotCount).padStart(2, '0')}-${name}.png`);
        await this.page.screenshot({ path: file });
        return file;
    }

    /**
     * Opens a file of the workspace with Quick Open (Ctrl+P): type the name, click it once listed. Results
     * arrive late, and a file written a moment ago may be missing from the first search: then search again.
     */
    async openFile(name: string): Promise<void> {
        const active = this.page.locator('.tabs-container .tab.active', { hasText: name });
        for (let attempt = 1; ; attempt++) {
            await this.page.keyboard.press('Escape');
            await this.page.keyboard.press('Control+P');
            const input = this.page.locator('.quick-input-widget input');
            await input.waitFor();
            await input.fill(name);
            const row = this.page.locator('.quick-input-widget .monaco-list-row', { hasText: name }).first();
            try {
                await row.waitFor({ timeout: 15_000 });
                await row.click();
                await active.waitFor({ timeout: 10_000 });
                break;
            } catch (err) {
                if (attempt === 4) throw err;
            }
        }
        await this.activeEditor().locator('.view-line').first().waitFor();
    }

    /** Runs a command from the Command Palette by its title. */
    async runCommand(title: string): Promise<void> {
        await this.page.keyboard.press('Control+Shift+P');
        const input = this.page.locator('.quick-input-widget input');
        await input.waitFor();
        await input.fill(`>${title}`);
        await this.page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first().waitFor({ timeout: 30_000 });
        await this.page.keyboard.press('Enter');
        // The palette closes, or the command opens its own quick input (a save dialog, a picker).
        await this.page.waitForFunction(() => {
            const widget = document.querySelector<HTMLElement>('.quick-input-widget');
            const value = widget?.querySelector('input')?.value ?? '';
            return !widget || widget.style.display === 'none' || !value.startsWith('>');
        });
    }

    /** Closes every editor, discarding unsaved changes (editors a previous window on this folder left open come back). */
    async closeAllEditors(): Promise<void> {
        await this.runCommand('View: Close All Editors');
        const dontSave = this.page.locator('.monaco-dialog-box .monaco-button', { hasText: /Don.t Save/ });
        if (await dontSave.isVisible({ timeout: 2_000 }).catch(() => false)) await dontSave.click();
        await this.page.locator('.tabs-container .tab').first().waitFor({ state: 'detached', timeout: 15_000 }).catch(() => undefined);
    }

    activeEditor() {
        return this.page.locator('.editor-group-container.active .monaco-editor').first();
    }

    /** Moves the mouse onto the middle of `word` in the first rendered line of the active editor that matches `line`. */
    async hoverWord(line: RegExp, word: string): Promise<void> {
        const row = this.activeEditor().locator('.view-line', { hasText: line }).first();
        const box = await row.evaluate((el, w) => {
            const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                const i = (n.textContent ?? '').indexOf(w);
                if (i >= 0) {
                    const r = document.createRange();
                    r.setStart(n, i);
                    r.setEnd(n, i + w.length);
                    const b = r.getBoundingClientRect();
                    return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
                }
            }
            return undefined;
        }, word);
        if (!box) throw new Error(`"${word}" is not on a rendered line matching ${line}`);
        await this.page.mouse.move(box.x, box.y);
    }

    /** Puts the cursor at a 1-based line and column with Go to Line (Ctrl+G). */
    async goTo(line: number, column = 1): Promise<void> {
        const input = this.page.locator('.quick-input-widget input');
        // Go to Line needs a text editor in focus; after a click in the diagram the webview has it.
        // The text is in the first editor group (the preview opens to its side): Ctrl+1 focuses it. A key can
        // still land in the webview while focus moves (seen on a loaded machine): ask again until the box shows.
        for (let attempt = 1; ; attempt++) {
            await this.page.keyboard.press('Escape');
            await this.page.keyboard.press('Control+1');
            await this.page.keyboard.press('Control+G');
            const shown = await input.waitFor({ state: 'visible', timeout: 5_000 }).then(() => true, () => false);
            if (shown) break;
            if (attempt === 3) throw new Error('Go to Line (Ctrl+G) did not open in three tries');
            await this.focusWorkbench();
        }
        await input.fill(`:${line}:${column}`);
        await this.page.keyboard.press('Enter');
        await this.page.waitForFunction(
            ([l, c]) => document.querySelector('[id="status.editor.selection"]')?.textContent?.includes(`Ln ${l}, Col ${c}`) ?? false,
            [line, column]);
    }

    /** The cursor's line and column as the status bar shows them ("Ln 16, Col 6"). */
    async cursor(): Promise<{ line: number; column: number }> {
        const text = await this.page.locator('[id="status.editor.selection"]').innerText();
        const m = /Ln (\d+), Col (\d+)/.exec(text);
        if (!m) throw new Error(`no cursor position in the status bar: ${text}`);
        return { line: Number(m[1]), column: Number(m[2]) };
    }

    /** The indentation size the status bar shows for the active editor ("Spaces: 4"). */
    async indentSize(): Promise<number> {
        const text = await this.page.locator('[id="status.editor.indentation"]').innerText();
        const m = /(\d+)/.exec(text);
        if (!m) throw new Error(`no indentation in the status bar: ${text}`);
        return Number(m[1]);
    }

    /** Opens the Problems panel showing the active file only (see `showProblemsOf`). */
    async problemsOfActiveFile(): Promise<void> {
        await this.showProblemsOf((await this.page.locator('.tabs-container .tab.active .label-name').first().innerText()).trim());
    }

    /**
     * Opens the Problems panel showing `fileName` only, by typing a glob for it in the panel's filter box (the
     * funnel menu's "Show Active File Only" toggle was unreliable headless), and waits until the list shows that
     * file's row alone. Unfiltered, the panel lists every file of the workspace with problems (the examples and what
     * every e2e file wrote: they share one code-server and folder) in a virtualised list that renders only the
     * rows in view: on a full run a file's rows could be absent from the page although VS Code had them.
     */
    async showProblemsOf(fileName: string): Promise<void> {
        const panel = this.page.locator('.markers-panel');
        // Ctrl+Shift+M closes the panel when it is open and focused: press it only to open it.
        if (!await panel.isVisible()) await this.page.keyboard.press('Control+Shift+M');
        await panel.waitFor();
        // Other panel views (Output, Debug Console) have filter boxes too, hidden while Problems shows.
        const filter = this.page.locator('.part.panel .viewpane-filter input:visible, .markers-panel-action-filter input:visible').first();
        const glob = `**/${fileName}`;
        // The box can lose what was typed while the panel is still being laid out (seen: it read "" and listed every
        // file): until the list shows the file alone, type the glob again whenever the box does not hold it.
        const fileRows = async () => {
            if (await filter.inputValue() !== glob) await filter.fill(glob);
            return this.page.locator('.markers-panel .monaco-list-row[aria-level="1"]').allInnerTexts();
        };
        const alone = (r: string[]) => r.length === 1 && r.join().includes(fileName);
        const rows = await eventually(fileRows, alone, 30_000);
        if (!alone(rows)) {
            throw new Error(`the Problems panel, filtered on ${glob} (box reads "${await filter.inputValue()}"), lists ${JSON.stringify(rows)}`);
        }
    }

    /** The problem rows the Problems panel shows under `fileName` (file rows are level 1, their problems level 2). */
    async problems(fileName: string): Promise<string[]> {
        return this.page.locator('.markers-panel .monaco-list').first().evaluate((list, f) => {
            const rows = [...list.querySelectorAll<HTMLElement>('.monaco-list-row')]
                .sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top));
            const out: string[] = [];
            let inFile = false;
            for (const row of rows) {
                const text = (row.textContent ?? '').replace(/\u00a0/g, ' ');
                if (row.getAttribute('aria-level') === '1') inFile = text.includes(f);
                else if (inFile) out.push(text);
            }
            return out;
        }, fileName);
    }

    /** The text of the active editor as rendered (visible lines only), lines in order. */
    async visibleLines(): Promise<string[]> {
        return this.activeEditor().evaluate((editor) => {
            const lines = [...editor.querySelectorAll<HTMLElement>('.view-lines .view-line')];
            lines.sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top));
            return lines.map(l => (l.textContent ?? '').replace(/\u00a0/g, ' '));
        });
    }

    /** 1-based line numbers of the lines that carry a squiggle of the given kind in the active editor. */
    async squiggleLines(kind: 'warning' | 'error' | 'info' | 'hint'): Promise<number[]> {
        return this.activeEditor().evaluate((editor, k) => {
            const numberAt = new Map<string, number>();
            for (const div of editor.querySelectorAll<HTMLElement>('.margin-view-overlays > div')) {
                const n = div.querySelector('.line-numbers')?.textContent;
                if (n) numberAt.set(div.style.top, Number(n));
            }
            const lines = new Set<number>();
            for (const s of editor.querySelectorAll<HTMLElement>(`.view-overlays .squiggly-${k}`)) {
                const n = numberAt.get((s.parentElement as HTMLElement).style.top);
                if (n) lines.add(n);
            }
            return [...lines].sort((a, b) => a - b);
        }, kind);
    }

    /** The 1-based number of the first rendered line that contains `text` in the active editor, or 0. */
    async lineNumberOf(text: string): Promise<number> {
        return this.activeEditor().evaluate((editor, t) => {
            const line = [...editor.querySelectorAll<HTMLElement>('.view-lines .view-line')]
                .find(l => (l.textContent ?? '').replace(/\u00a0/g, ' ').includes(t));
            if (!line) return 0;
            for (const div of editor.querySelectorAll<HTMLElement>('.margin-view-overlays > div')) {
                if (div.style.top === line.style.top) return Number(div.querySelector('.line-numbers')?.textContent ?? 0);
            }
            return 0;
        }, text);
    }

    /** Types each value into the current field of a snippet and Tabs on to the next, as a user fills in a template. */
    async fillFields(...values: string[]): Promise<void> {
        for (const value of values) {
            await this.page.keyboard.type(value, { delay: 25 });
            await this.page.waitForTimeout(300);
            await this.page.keyboard.press('Tab');
        }
    }

    /** Opens the light bulb's menu (Ctrl+.) at the cursor and applies the fix whose title contains `title`, with the keyboard; `shot` names a screenshot of the open menu. */
    async applyQuickFix(title: string, shot?: string): Promise<void> {
        await this.page.keyboard.press('Control+.');
        const actions = this.page.locator('.action-widget .monaco-list-row.action');
        await actions.first().waitFor({ timeout: 30_000 });
        const titles = await actions.allInnerTexts();
        if (shot) await this.shot(shot);
        // The menu may show a title's `code` with or without its backticks.
        const plain = (t: string) => t.replace(/`/g, '');
        const index = titles.findIndex(t => plain(t).includes(plain(title)));
        if (index < 0) throw new Error(`no fix "${title}" in ${JSON.stringify(titles)}`);
        for (let i = 0; i < index; i++) await this.page.keyboard.press('ArrowDown');
        await this.page.keyboard.press('Enter');
    }

    /** The frame of the webview whose document matches `selector` (webviews are nested iframes). */
    async webviewFrame(selector: string, timeoutMs = 60_000): Promise<Frame> {
        const deadline = Date.now() + timeoutMs;
        while (Date.now() < deadline) {
            for (const frame of this.page.frames()) {
                const found = await frame.evaluate(s => document.querySelector(s) !== null, selector).catch(() => false);
                if (found) return frame;
            }
            await this.page.waitForTimeout(250);
        }
        throw new Error(`no webview frame holds ${selector}`);
    }

    /** Gives the workbench keyboard focus (after clicks in a webview, keys would go there). */
    async focusWorkbench(): Promise<void> {
        await this.page.locator('.part.statusbar').click({ position: { x: 2, y: 2 } }).catch(() => undefined);
    }
}

/** Polls `read` until `accept` holds or the time is up; returns the last value read (the test asserts on it). */
export async function eventually<T>(read: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 30_000, everyMs = 250): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    let value = await read();
    while (!accept(value) && Date.now() < deadline) {
        await new Promise(r => setTimeout(r, everyMs));
        value = await read();
    }
    return value;
}
