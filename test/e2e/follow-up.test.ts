/**
 * Follow-up in real VS Code (code-server, the packaged .vsix): "Import Measurements…" from the Command
 * Palette, through the file dialog and the refactoring preview, into the text; undo takes it back; a
 * second import adds nothing. And the trend chart in the hover of an indicator with measurements.
 */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import path from 'node:path';
import { repoRoot } from './harness/code-server.js';
import { closeWorkbenchAfterAll, codeServer } from './harness/session.js';
import { eventually, Workbench } from './harness/workbench.js';

const TOC = 'opvolging-import.toc';
// A theory of its own: names no other file of the shared workspace uses.
const ORIGINAL = readFileSync(path.join(repoRoot, 'test/e2e/fixtures', TOC), 'utf8');
// As Dutch-language Excel saves a table; the file column keeps the rows to this file in a shared workspace.
const CSV = 'indicator;datum;waarde;opmerking;bestand\r\n'
    + `Aanwezig;30/11/2026;14,5;na de herfstvakantie;${TOC}\r\n`
    + `Aanwezig;2026-12;15;;${TOC}\r\n`;
const NEW_LINES = ['meting 2026-11-30 14,5 kinderen // na de herfstvakantie', 'meting 2026-12 15 kinderen'];
const IMPORTED = ORIGINAL.replace('            meting 2026-09 8 kinderen\n',
    `            meting 2026-09 8 kinderen\n            ${NEW_LINES[0]}\n            ${NEW_LINES[1]}\n`);

let wb: Workbench;
let workspace: string;

beforeAll(async () => {
    const info = await codeServer();
    workspace = info.workspace;
    writeFileSync(path.join(workspace, TOC), ORIGINAL);
    writeFileSync(path.join(workspace, 'metingen-import.csv'), CSV);
    wb = await Workbench.open(info, 'follow-up');
});

beforeEach(async () => {
    await wb.page.keyboard.press('Escape');
    await wb.page.keyboard.press('Escape');
});

closeWorkbenchAfterAll(() => wb);

/** Saves the active editor (Ctrl+S) and reads the file until `accept` holds: the whole text, not only the lines on screen. */
async function savedText(accept: (text: string) => boolean): Promise<string> {
    await wb.activeEditor().click({ position: { x: 300, y: 100 } });
    await wb.page.keyboard.press('Control+S');
    return eventually(async () => readFileSync(path.join(workspace, TOC), 'utf8'), accept, 15_000);
}

/** Runs the command and picks the table in VS Code's own file dialog (code-server has no system dialog). */
async function importTable(name: string): Promise<void> {
    await wb.runCommand('Import Measurements');
    const widget = wb.page.locator('.quick-input-widget');
    const input = widget.locator('input');
    // The dialog starts at the workspace folder and fills in that folder's path once it has listed it, over whatever
    // was typed before: wait for the listing (the table is in it), then replace the text in one input event.
    await widget.locator('.monaco-list-row', { hasText: name }).first().waitFor({ timeout: 30_000 });
    const file = path.join(workspace, name);
    await input.press('Control+A');
    await wb.page.keyboard.insertText(file);
    await eventually(() => input.inputValue(), v => v === file, 10_000);
    await wb.page.keyboard.press('Enter');
    // Accepted: the dialog closes (it stays open, saying "Please select a file", when it took a folder).
    await widget.waitFor({ state: 'hidden', timeout: 15_000 });
}

describe('Import Measurements… in VS Code', () => {
    it('shows the new meting lines in the refactoring preview, applies them on Apply, undoes them with Ctrl+Z; a second import adds nothing', async () => {
        await wb.openFile(TOC);
        await importTable('metingen-import.csv');
        const pane = wb.page.locator('.part.panel');
        const fileRow = pane.locator('.monaco-tl-row', { hasText: TOC }).filter({ has: wb.page.locator('.monaco-custom-toggle, input[type=checkbox], .codicon-check') }).first();
        await fileRow.waitFor({ timeout: 60_000 });
        await wb.shot('refactor-preview');
        // Both new lines are listed, and nothing is written before Apply.
        const listed = await pane.innerText();
        for (const line of NEW_LINES) expect(listed).toContain(line);
        expect(readFileSync(path.join(workspace, TOC), 'utf8')).toBe(ORIGINAL);
        // Changes that need confirmation start unticked (VS Code's choice). Apply without ticking adds nothing, and
        // says so instead of claiming two new measurements.
        await wb.page.locator('.monaco-button', { hasText: /^Apply$|^Toepassen$/ }).first().click();
        await wb.page.getByText(/Er is niets geïmporteerd. Om de metingen toe te voegen/).first().waitFor({ timeout: 30_000 });
        expect(readFileSync(path.join(workspace, TOC), 'utf8')).toBe(ORIGINAL);
        await wb.page.keyboard.press('Escape');
        // Again, and this time the user ticks the file, then Apply.
        await importTable('metingen-import.csv');
        await fileRow.waitFor({ timeout: 60_000 });
        await fileRow.locator('.monaco-custom-toggle, input[type=checkbox]').first().click();
        const apply = wb.page.locator('.monaco-button', { hasText: /^Apply$|^Toepassen$/ }).first();
        await apply.click();
        await wb.page.getByText('2 nieuwe metingen in 1 bestand').first().waitFor({ timeout: 30_000 });
        await wb.shot('applied');

        // Both lines at their place: in the block of Aanwezig, after its last measurement, in date order.
        await wb.openFile(TOC);
        const imported = await savedText(t => t.includes(NEW_LINES[1]!));
        expect(imported).toBe(IMPORTED);

        // A second import of the same table: nothing new, nothing changed.
        await importTable('metingen-import.csv');
        await wb.page.getByText(/Geen nieuwe metingen: de 2 metingen/).first().waitFor({ timeout: 30_000 });
        await wb.shot('second-import');
        expect(readFileSync(path.join(workspace, TOC), 'utf8')).toBe(imported);

        // One undo takes the whole import back.
        await wb.activeEditor().click({ position: { x: 300, y: 100 } });
        await wb.page.keyboard.press('Control+Z');
        expect(await savedText(t => !t.includes(NEW_LINES[1]!))).toBe(ORIGINAL);
    });

    it('applies nothing when a row is not valid, and names its row, column and reason', async () => {
        writeFileSync(path.join(workspace, 'metingen-fout.csv'), CSV.replace('30/11/2026', '31/11/2026'));
        await wb.openFile(TOC);
        await importTable('metingen-fout.csv');
        const dialog = wb.page.locator('.monaco-dialog-box');
        await dialog.waitFor({ timeout: 30_000 });
        const text = await dialog.innerText();
        await wb.shot('invalid-row');
        expect(text).toContain('Er is niets geïmporteerd: 1 rij is niet geldig.');
        expect(text).toContain('metingen-fout.csv, rij 2, kolom datum (B): "31/11/2026" is geen datum');
        await wb.page.keyboard.press('Escape');
        expect(readFileSync(path.join(workspace, TOC), 'utf8')).toBe(ORIGINAL);
        expect(await wb.page.locator('.monaco-button', { hasText: /^Apply$|^Toepassen$/ }).count()).toBe(0);
    });
});

describe('Import Measurements… of a workbook', () => {
    it('reads an .xlsx through the packaged server (its workbook reader is a file of its own) and shows the line in the preview', async () => {
        const book = new ExcelJS.Workbook();
        const sheet = book.addWorksheet('Opvolging');
        sheet.addRow(['Bestand', TOC]);
        sheet.addRow(['Indicator', 'Datum', 'Waarde']);
        sheet.addRow(['Aanwezig', new Date(Date.UTC(2027, 0, 20)), 17]);
        await book.xlsx.writeFile(path.join(workspace, 'opvolging.xlsx'));
        await wb.openFile(TOC);
        await importTable('opvolging.xlsx');
        const pane = wb.page.locator('.part.panel');
        await pane.locator('.monaco-tl-row', { hasText: 'meting 2027-01-20 17 kinderen' }).first().waitFor({ timeout: 60_000 });
        await wb.shot('workbook-preview');
        await pane.locator('.monaco-button', { hasText: /^Discard$|^Verwerpen$/ }).first().click();
        await pane.locator('.monaco-tl-row', { hasText: 'meting 2027-01-20' }).first().waitFor({ state: 'detached', timeout: 15_000 });
        expect(readFileSync(path.join(workspace, TOC), 'utf8')).toBe(ORIGINAL);
    });
});

describe('trends in the hover', () => {
    it('hovering an indicator with measurements shows its trend chart as an image', async () => {
        await wb.openFile(TOC);
        await wb.goTo(12, 1);
        await wb.hoverWord(/indicator\s+Aanwezig/, 'Aanwezig');
        const image = wb.page.locator('.monaco-hover:not(.hidden) img[src^="data:image/svg+xml"]').first();
        await image.waitFor({ timeout: 30_000 });
        await wb.page.waitForTimeout(400); // the hover fades in: the screenshot shows it whole
        await wb.shot('hover-trend');
        // Drawn, not a broken image: the browser decoded the SVG to a picture of some size.
        const size = await image.evaluate(img => ({ w: (img as HTMLImageElement).naturalWidth, h: (img as HTMLImageElement).naturalHeight, alt: (img as HTMLImageElement).alt }));
        expect(size.w).toBeGreaterThan(100);
        expect(size.h).toBeGreaterThan(40);
        expect(size.alt).toContain('Aanwezig');
        await wb.page.mouse.move(5, 500);
    });
});
