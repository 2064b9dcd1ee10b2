/**
 * Real VS Code for the end-to-end tests: installs code-server (scripts/setup-code-server.sh, cached outside the
 * project), packages the extension, installs the .vsix into a fresh extensions folder and starts code-server on
 * 127.0.0.1 with its own HOME, user data and a workspace copied from examples/.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const resultsDir = path.join(repoRoot, 'test-results/e2e');
const extensionDir = path.join(repoRoot, 'packages/extension');
const vsixPath = path.join(extensionDir, 'toc-vscode-0.1.0.vsix');

/** What the tests need to reach the running VS Code; plain data so vitest's globalSetup can `provide` it. */
export interface CodeServerInfo {
    url: string;
    port: number;
    workspace: string;
    pid: number;
    temp: string;
    timings: Record<string, number>;
}

function log(message: string): void {
    console.log(`[e2e] ${message}`);
}

function run(cmd: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): string {
    const r = spawnSync(cmd, args, { cwd: options.cwd ?? repoRoot, env: options.env ?? process.env, encoding: 'utf8', maxBuffer: 64 << 20 });
    if (r.status !== 0) {
        throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
    }
    return r.stdout;
}

function mtime(file: string): number {
    return existsSync(file) ? statSync(file).mtimeMs : 0;
}

/** The .vsix under test: TOC_E2E_VSIX if set, else packaged now when missing or older than what it bundles. */
function ensureVsix(): string {
    if (process.env.TOC_E2E_VSIX) return path.resolve(process.env.TOC_E2E_VSIX);
    const inputs = [
        'packages/language/out/main.js', 'packages/preview/dist/preview.js', 'packages/preview/dist/preview.css',
        'packages/extension/package.json', 'syntaxes/toc.tmLanguage.json',
    ].map(f => mtime(path.join(repoRoot, f)));
    const sources = run('git', ['ls-files', '-co', '--exclude-standard', 'packages/extension']).split('\n').filter(Boolean);
    inputs.push(...sources.map(f => mtime(path.join(repoRoot, f))));
    if (process.env.TOC_E2E_REBUILD === '1' || mtime(vsixPath) < Math.max(...inputs)) {
        log('packaging the extension (npm run package -w packages/extension)');
        // Under the build lock when there is one: a parallel build must not rewrite dist/ while vsce reads it.
        const flock = spawnSync('sh', ['-c', 'command -v flock']).status === 0;
        if (flock) run('flock', ['/tmp/toc-build.lock', 'npm', 'run', 'package', '-w', 'packages/extension']);
        else run('npm', ['run', 'package', '-w', 'packages/extension']);
    }
    if (!existsSync(vsixPath)) throw new Error(`no ${vsixPath}`);
    return vsixPath;
}

function freePort(): Promise<number> {
    return new Promise((resolve, reject) => {
        const server = createServer();
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const { port } = server.address() as { port: number };
            server.close(() => resolve(port));
        });
    });
}

async function waitForHttp(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
        if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode}`);
        try {
            const res = await fetch(url);
            if (res.ok) return;
        } catch {
            // not listening yet
        }
        await new Promise(r => setTimeout(r, 250));
    }
    throw new Error(`code-server did not answer on ${url} within ${timeoutMs / 1000} s`);
}

/** Settings that keep first-run noise (welcome page, tips, trust prompts) out of the way of the tests. */
const userSettings = {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.welcomePage.walkthroughs.openOnInstall': false,
    'workbench.colorTheme': 'Default Light Modern',
    'security.workspace.trust.enabled': false,
    'extensions.ignoreRecommendations': true,
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'update.mode': 'none',
    'telemetry.telemetryLevel': 'off',
    'git.enabled': false,
    'editor.minimap.enabled': false,
    'editor.hover.delay': 200,
    'window.restoreWindows': 'none',
    'files.hotExit': 'off',
    'chat.commandCenter.enabled': false,
    'workbench.editor.enablePreview': false,
};

/** Workspace settings, as a team would set them: format on save; snippets must not hide the server's completions (word guesses are off for .toc by the extension's own defaults). */
const workspaceSettings = {
    'editor.formatOnSave': true,
    'editor.detectIndentation': false,
    'editor.tabSize': 4,
    'editor.insertSpaces': true,
    'editor.snippetSuggestions': 'bottom',
};

/** `locale`: VS Code's display language (`--locale`), e.g. `nl`; default English. */
export async function startCodeServer(options: { locale?: string } = {}): Promise<{ info: CodeServerInfo; stop: () => Promise<void> }> {
    const timings: Record<string, number> = {};
    let t = Date.now();
    const setup = run('sh', [path.join(repoRoot, 'scripts/setup-code-server.sh')]).trim().split('\n');
    const bin = setup[setup.length - 1];
    if (!bin) throw new Error('scripts/setup-code-server.sh printed no path to code-server');
    timings.setup = Date.now() - t;

    t = Date.now();
    const vsix = ensureVsix();
    timings.vsix = Date.now() - t;

    const temp = mkdtempSync(path.join(tmpdir(), 'toc-e2e-'));
    const home = path.join(temp, 'home');
    const dirs = { home, ext: path.join(temp, 'extensions'), data: path.join(temp, 'user-data'), workspace: path.join(temp, 'workspace') };
    for (const d of Object.values(dirs)) mkdirSync(d, { recursive: true });
    const env: NodeJS.ProcessEnv = {
        ...process.env,
        HOME: home,
        XDG_CONFIG_HOME: path.join(home, '.config'),
        XDG_DATA_HOME: path.join(home, '.local/share'),
        XDG_CACHE_HOME: path.join(home, '.cache'),
        TMPDIR: path.join(temp, 'tmp'),
    };
    mkdirSync(env.TMPDIR!, { recursive: true });
    cpSync(path.join(repoRoot, 'examples'), dirs.workspace, { recursive: true });
    mkdirSync(path.join(dirs.workspace, '.vscode'));
    writeFileSync(path.join(dirs.workspace, '.vscode/settings.json'), JSON.stringify(workspaceSettings, null, 2));
    mkdirSync(path.join(dirs.data, 'User'), { recursive: true });
    writeFileSync(path.join(dirs.data, 'User/settings.json'), JSON.stringify(userSettings, null, 2));

    t = Date.now();
    run(bin, ['--install-extension', vsix, '--extensions-dir', dirs.ext, '--user-data-dir', dirs.data], { env });
    timings.install = Date.now() - t;

    const port = await freePort();
    t = Date.now();
    const child = spawn(bin, [
        '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check',
        '--disable-workspace-trust', '--disable-getting-started-override', ...options.locale ? ['--locale', options.locale] : [],
        '--extensions-dir', dirs.ext, '--user-data-dir', dirs.data, dirs.workspace,
    ], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const logFile: string[] = [];
    child.stdout!.on('data', d => logFile.push(String(d)));
    child.stderr!.on('data', d => logFile.push(String(d)));
    const url = `http://127.0.0.1:${port}`;
    try {
        await waitForHttp(`${url}/healthz`, child, 60_000);
    } catch (err) {
        console.error(logFile.join(''));
        throw err;
    }
    timings.start = Date.now() - t;
    log(`code-server ${url} (pid ${child.pid}), workspace ${dirs.workspace}; ms: ${JSON.stringify(timings)}`);

    const stop = async (): Promise<void> => {
        mkdirSync(resultsDir, { recursive: true });
        writeFileSync(path.join(resultsDir, 'code-server.log'), logFile.join(''));
        if (child.exitCode === null && child.pid) {
            // Our own process group (detached above): code-server and the extension hosts it forked.
            try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
            const exited = await Promise.race([
                new Promise<boolean>(r => child.once('exit', () => r(true))),
                new Promise<boolean>(r => setTimeout(() => r(false), 5000)),
            ]);
            if (!exited) try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }
        }
        if (process.env.TOC_E2E_KEEP !== '1') rmSync(temp, { recursive: true, force: true });
    };
    return { info: { url, port, workspace: dirs.workspace, pid: child.pid!, temp, timings }, stop };
}
