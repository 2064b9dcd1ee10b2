/**
 * A second real editor: Debian's Neovim (0.7) opens the example headless, starts the language server
 * over stdio and receives its diagnostics, the live model and a hover. Skipped, with the reason, only
 * when nvim is not installed (`apt-get install -y neovim`; CI installs it).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { positionOf, REPO_ROOT, SERVER_BIN } from './lsp-client.js';

const nvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
const hasNvim = nvim.status === 0;
const SCRIPT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'neovim.lua');
const EXAMPLE = path.join(REPO_ROOT, 'examples/zorgzame-buurt.toc');

describe.skipIf(!hasNvim)(`Neovim as an LSP client${hasNvim ? '' : ' (skipped: nvim is not installed; apt-get install -y neovim)'}`, () => {
    it('receives the diagnostics, the toc/model notification and a hover for the example', () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'toc-nvim-'));
        const out = path.join(dir, 'result.json');
        const hover = positionOf(fs.readFileSync(EXAMPLE, 'utf8'), 'actie Spelnamiddag', 8);
        const run = spawnSync('nvim', ['--headless', '--clean', '-u', 'NONE', '-c', `luafile ${SCRIPT}`], {
            encoding: 'utf8', timeout: 60_000, cwd: dir,
            env: {
                ...process.env, HOME: dir, XDG_CONFIG_HOME: dir, XDG_DATA_HOME: dir, XDG_STATE_HOME: dir, XDG_CACHE_HOME: dir,
                TOC_NVIM_FILE: EXAMPLE, TOC_NVIM_OUT: out, TOC_NVIM_SERVER: SERVER_BIN,
                TOC_NVIM_HOVER_LINE: String(hover.line), TOC_NVIM_HOVER_CHAR: String(hover.character),
            },
        });
        expect(fs.existsSync(out), `nvim wrote no result (exit ${run.status}):\n${run.stdout}\n${run.stderr}`).toBe(true);
        const result = JSON.parse(fs.readFileSync(out, 'utf8')) as {
            diagnostics: Array<{ line: number; message: string; code?: string }>;
            model?: { uri: string; model: { elements: Array<{ id: string }> } };
            hover?: string;
            error?: string;
        };
        fs.rmSync(dir, { recursive: true, force: true });
        expect(result.error).toBeUndefined();
        const codes = result.diagnostics.map(d => d.code);
        expect(codes).toContain('action-without-result');
        expect(codes).toContain('goal-without-action');
        // Messages in the document's language.
        expect(result.diagnostics.find(d => d.code === 'action-without-result')!.message).toMatch(/heeft geen resultaat/);
        expect(result.model?.model.elements.map(e => e.id)).toContain('Spelnamiddag');
        expect(result.hover).toContain('Buurtwerker');
    });
});
