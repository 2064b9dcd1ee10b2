/**
 * VS Code for the Web, for real: the extension in code-server's web worker extension host, as on vscode.dev.
 * The user setting `remote.extensionKind: { "toc-tools.toc-vscode": ["web"] }` makes VS Code run the
 * extension's `browser` entry in the web worker host instead of `main` in the Node one (VS Code reads the
 * kind "web" from that setting though its schema lists only "ui" and "workspace"). Then the language server
 * is the browser build in a Web Worker, and it reads an import and toc.config.json through workspace.fs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot, resultsDir } from './harness/code-server.js';
import { closeWorkbenchAfterAll, codeServer } from './harness/session.js';
import { eventually, Workbench } from './harness/workbench.js';

let wb: Workbench;
let pid: number;
let settingsFile: string;
let settingsBefore: string;
let configFile: string;
const consoleLines: string[] = [];
/** Node language servers left by earlier files' windows (code-server keeps a window's extension host until it stops). */
let serversBefore: string[] = [];

beforeAll(async () => {
    const info = await codeServer();
    pid = info.pid;
    // A user setting, read when a window opens: set for this file's window only, put back after it.
    settingsFile = path.join(info.temp, 'user-data/User/settings.json');
    settingsBefore = readFileSync(settingsFile, 'utf8');
    writeFileSync(settingsFile, JSON.stringify({ ...JSON.parse(settingsBefore), 'remote.extensionKind': { 'toc-tools.toc-vscode': ['web'] } }, null, 2));
    // The imports example with a team's toc.config.json that makes one of its warnings an error.
    const root = path.join(info.temp, 'web-host');
    cpSync(path.join(repoRoot, 'examples/imports'), root, { recursive: true });
    configFile = path.join(root, 'toc.config.json');
    writeFileSync(configFile, '{\n  "rules": { "norm-not-met": "error" }\n}\n');
    serversBefore = nodeLanguageServers();
    wb = await Workbench.open(info, 'web-host', `folder=${encodeURIComponent(root)}`);
    // The extension host and the language server log to the browser's console here: kept for a failure.
    wb.page.on('console', m => consoleLines.push(`${m.type()}: ${m.text()}`));
    wb.page.on('worker', w => w.on('console', m => consoleLines.push(`worker ${m.type()}: ${m.text()}`)));
});

closeWorkbenchAfterAll(() => wb);
afterAll(() => {
    writeFileSync(settingsFile, settingsBefore);
    writeFileSync(path.join(resultsDir, 'web-host-console.log'), consoleLines.join('\n'));
});

/** The Problems panel's rows under `fileName`, with whether each carries the error icon. */
async function problemRows(fileName: string): Promise<Array<{ text: string; error: boolean }>> {
    return wb.page.locator('.markers-panel .monaco-list').first().evaluate((list, f) => {
        const rows = [...list.querySelectorAll<HTMLElement>('.monaco-list-row')].sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top));
        const out: Array<{ text: string; error: boolean }> = [];
        let inFile = false;
        for (const row of rows) {
            const text = (row.textContent ?? '').replace(/\u00a0/g, ' ');
            if (row.getAttribute('aria-level') === '1') inFile = text.includes(f);
            else if (inFile) out.push({ text, error: row.querySelector('.codicon-error') !== null });
        }
        return out;
    }, fileName);
}

/** Process ids and command lines of code-server's processes (its own process group) that run the Node language server. */
function nodeLanguageServers(): string[] {
    return execFileSync('ps', ['-eo', 'pgid=,pid=,args='], { encoding: 'utf8' }).split('\n')
        .filter(l => Number(l.trim().split(/\s+/)[0]) === pid && /server\.cjs/.test(l));
}

/** The names of the page's web workers (VS Code names a nested worker "<host> -> <name>"). */
async function workerNames(): Promise<string[]> {
    return Promise.all(wb.page.workers().map(w => w.evaluate(() => (self as unknown as { name: string }).name).catch(() => '?')));
}

describe('the extension in the web worker extension host', () => {
    it('checks a theory with an import: the Problems panel shows the import resolved', async () => {
        await wb.openFile('buurtwerk.toc');
        await wb.problemsOfActiveFile();
        const rows = await eventually(() => problemRows('buurtwerk.toc'), r => r.some(x => x.text.includes('norm-not-met')), 90_000);
        await wb.shot('problems');
        // netwerk.toc read through workspace.fs: the arrows to its goals resolve (no unknown-name problem).
        expect(rows.map(r => /toc\(?([a-z-]+)\)?\[Ln/.exec(r.text)?.[1]), JSON.stringify(rows)).toEqual(['norm-not-met']);
    });

    // The outline's request used to read the config synchronously before the build had read it through
    // workspace.fs, and that "no file" stood for the folder (toc-config.ts): the severity stayed a warning.
    it('applies the folder\'s toc.config.json (norm-not-met made an error)', async () => {
        const rows = await eventually(() => problemRows('buurtwerk.toc'), r => r.some(x => x.text.includes('norm-not-met') && x.error), 60_000);
        expect(rows.filter(r => r.text.includes('norm-not-met')).map(r => r.error), JSON.stringify(rows)).toEqual([true]);
    });

    it('follows an edit of toc.config.json on disk (the file watcher reaches the worker\'s server)', async () => {
        writeFileSync(configFile, '{\n  "rules": { "norm-not-met": "warning" }\n}\n');
        const rows = await eventually(() => problemRows('buurtwerk.toc'), r => r.some(x => x.text.includes('norm-not-met') && !x.error), 60_000);
        expect(rows.filter(r => r.text.includes('norm-not-met')).map(r => r.error), JSON.stringify(rows)).toEqual([false]);
        await wb.shot('config-changed');
    });

    it('shows the diagram with the imported goals', async () => {
        await wb.runCommand('Open Diagram to the Side');
        const frame = await wb.webviewFrame('[data-toc-id="ElkaarKennen"]', 90_000);
        expect(await frame.locator('[data-toc-kind="action"][data-toc-id="Spelnamiddag"]').count()).toBeGreaterThan(0);
        expect(await frame.locator('[data-toc-edge]').count()).toBeGreaterThan(0);
        await wb.page.waitForTimeout(500); // the layout's fade-in
        await wb.shot('diagram');
    });

    it('offers no Import Measurements… (the browser\'s server has no workbook reader)', async () => {
        await wb.page.keyboard.press('Control+Shift+P');
        const input = wb.page.locator('.quick-input-widget input');
        await input.waitFor();
        await input.fill('>Theory of Change');
        const rows = wb.page.locator('.quick-input-widget .monaco-list-row');
        // The category's commands are listed (the list is filled), Import Measurements… is not among them.
        await rows.filter({ hasText: 'Open Diagram to the Side' }).first().waitFor({ timeout: 30_000 });
        const titles = await rows.allTextContents();
        await wb.shot('palette-without-import');
        await wb.page.keyboard.press('Escape');
        expect(titles.some(t => t.includes('Restart the Checks')), JSON.stringify(titles)).toBe(true);
        expect(titles.filter(t => t.includes('Import Measurements')), JSON.stringify(titles)).toEqual([]);
    });

    it('shows a hover with the imported subgoal\'s description', async () => {
        // The text's own tab (openFile would also match the diagram's tab, "Diagram buurtwerk.toc").
        await wb.page.locator('.tabs-container .tab[data-resource-name="buurtwerk.toc"]').click();
        await wb.hoverWord(/actie\s+Spelnamiddag/, 'ElkaarKennen');
        const hover = wb.page.locator('.monaco-hover:not(.hidden)', { hasText: 'praten met elkaar' }).first();
        await hover.waitFor({ timeout: 30_000 });
        expect(await hover.innerText()).toMatch(/tussendoel|subgoal/i);
        await wb.page.mouse.move(5, 500);
    });

    it('completes an arrow\'s targets with the goals and subgoals of the imported file', async () => {
        await wb.goTo(readFileSync(configFile.replace('toc.config.json', 'buurtwerk.toc'), 'utf8').trimEnd().split('\n').length, 1);
        await wb.page.keyboard.press('Control+Enter');
        await wb.page.keyboard.type('actie Buurtfeest KT -> ', { delay: 20 });
        await wb.page.keyboard.press('Control+Space');
        const labels = await eventually(
            () => wb.page.locator('.suggest-widget .monaco-list-row .label-name').allInnerTexts(),
            l => l.includes('ElkaarKennen'), 30_000);
        await wb.shot('completion');
        expect(labels).toEqual(expect.arrayContaining(['ElkaarKennen', 'WegNaarRechten', 'Aanspreekpunt']));
        expect(labels).not.toContain('Isolement');
        await wb.page.keyboard.press('Escape');
    });

    it('exports the diagram as SVG next to the file, written through workspace.fs', async () => {
        const target = path.join(path.dirname(configFile), 'buurtwerk.svg');
        await wb.focusWorkbench();
        await wb.runCommand('Theory of Change: Export Diagram as SVG');
        // VS Code's own save dialog: a quick input with the proposed path.
        const input = wb.page.locator('.quick-input-widget input');
        await eventually(() => input.inputValue().catch(() => ''), v => v.endsWith('buurtwerk.svg'), 30_000);
        await wb.page.keyboard.press('Enter');
        await eventually(async () => existsSync(target) && statSync(target).size > 0, ok => ok, 30_000);
        const svg = readFileSync(target, 'utf8');
        expect(svg).toMatch(/^(<\?xml[^>]*>\s*)?<svg[\s>]/);
        expect(svg).toContain('data-toc-id="Spelnamiddag"');
    });

    it('serves the language from a Web Worker, not from a Node process', async () => {
        expect(nodeLanguageServers().filter(p => !serversBefore.includes(p))).toEqual([]);
        const names = await workerNames();
        expect(names.some(n => n.includes('toc-language-server')), JSON.stringify(names)).toBe(true);
    });
});
