// Builds the extension into dist/: type-checks the client, bundles client and server (langium is ESM-only, VS Code
// loads CommonJS), injects the Node 20 polyfill at the top of the server, and copies the grammar and the preview.
// Twice: for desktop VS Code (extension.cjs + server.cjs, Node) and for VS Code for the Web (browser.js in the
// web worker extension host + server-browser.js, the language server's browser build, in a Web Worker of its own).
// Run from the root build (scripts/build.mjs) after `tsc -b`, or alone: `node build.mjs`.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { packageBuild } from '../../scripts/package-build.mjs';
import { configSchema } from './config-schema.mjs';

const { here, root, dist, fail, need } = packageBuild(import.meta.url, 'extension');

const tsc = spawnSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', path.join(here, 'tsconfig.json')], { stdio: 'inherit' });
if (tsc.status !== 0) fail('type errors in packages/extension/src');

const serverEntry = path.join(root, 'packages/language/out/main.js');
const browserServerEntry = path.join(root, 'packages/language/out/browser.js');
for (const entry of [serverEntry, browserServerEntry]) need(entry, 'run the root build (tsc -b) first');

const common = {
    bundle: true, platform: 'node', format: 'cjs', target: 'node20', minify: true, keepNames: true, sourcemap: true, logLevel: 'warning',
    // jsonc-parser's main is a UMD wrapper whose requires esbuild cannot follow; its ES module build bundles cleanly.
    alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
};
/** `import('exceljs')` in the server becomes `require('./exceljs.cjs')`, next to server.cjs. */
const exceljsApart = {
    name: 'exceljs-apart',
    setup(b) {
        b.onResolve({ filter: /^exceljs$/ }, () => ({ path: './exceljs.cjs', external: true }));
    },
};
await Promise.all([
    build({ ...common, entryPoints: [path.join(here, 'src/extension.ts')], outfile: path.join(dist, 'extension.cjs'), external: ['vscode'] }),
    build({
        ...common,
        entryPoints: [serverEntry],
        outfile: path.join(dist, 'server.cjs'),
        // Must run before langium's parser library loads: Node 20 has no Object.groupBy.
        banner: { js: readFileSync(path.join(root, 'packages/language/polyfill.cjs'), 'utf8') },
        plugins: [exceljsApart],
    }),
    // The workbook reader of "Import measurements…", in a file of its own: it is most of a megabyte, and
    // in server.cjs V8 would compile it at every start (about 30 ms) for a command used now and then.
    build({ ...common, stdin: { contents: "module.exports = require('exceljs');", resolveDir: here, loader: 'js' }, outfile: path.join(dist, 'exceljs.cjs') }),
    // VS Code for the Web: its extension host loads `browser` as CommonJS in a web worker (and adds `.js` to a name
    // without it: hence browser.js, not .cjs); the server is a classic worker script.
    build({ ...common, platform: 'browser', target: 'es2022', entryPoints: [path.join(here, 'src/browser.ts')], outfile: path.join(dist, 'browser.js'), external: ['vscode'] }),
    build({
        ...common, platform: 'browser', format: 'iife', target: 'es2022', entryPoints: [browserServerEntry], outfile: path.join(dist, 'server-browser.js'),
        banner: { js: readFileSync(path.join(root, 'packages/language/polyfill.cjs'), 'utf8') },
    }),
]);

// The schema of toc.config.json, from the rule catalogue and the manifest's texts (config-schema.mjs).
const { RULES, FIXED_RULES } = await import(pathToFileURL(path.join(root, 'packages/language/out/checks/rules.js')).href);
const nls = f => JSON.parse(readFileSync(path.join(here, f), 'utf8'));
writeFileSync(path.join(dist, 'toc.config.schema.json'), JSON.stringify(configSchema(RULES, FIXED_RULES, nls('package.nls.json'), nls('package.nls.nl.json')), null, 2));

// The grammar is generated into the repository's syntaxes/ by the root build.
mkdirSync(path.join(here, 'syntaxes'), { recursive: true });
copyFileSync(path.join(root, 'syntaxes/toc.tmLanguage.json'), path.join(here, 'syntaxes/toc.tmLanguage.json'));

// The preview webview bundle, built by packages/preview; the panel says so when it is missing.
const previewDist = path.join(root, 'packages/preview/dist');
const previewOut = path.join(dist, 'preview');
// Cleared first so a preview file that is gone from the preview's build does not linger; the bundles are overwritten in place.
rmSync(previewOut, { recursive: true, force: true });
mkdirSync(previewOut, { recursive: true });
const copied = existsSync(previewDist)
    ? readdirSync(previewDist).filter(f => !f.endsWith('.map') && /\.(js|css|woff2?|ttf|svg|png)$/.test(f))
    : [];
for (const f of copied) copyFileSync(path.join(previewDist, f), path.join(previewOut, f));
if (!copied.includes('preview.js')) console.warn('extension build: packages/preview/dist/preview.js not found; the preview panel will say the diagram is unavailable');
