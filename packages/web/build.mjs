// Builds the standalone page into dist/: one folder that works from any static host and opened from disk.
//   index.html   the page (editor, file tabs, problems list, diagram beside it)
//   app.js       the page's code, with the language server's code inside it as text (started as a Web Worker
//                from a Blob: a page opened from disk may not start a worker from a file) and the examples
//   preview.html the diagram: packages/preview's own bundle and HTML shell, in a frame (its keys and
//                messages stay its own), preview.js, preview.css, theme.css
//   sw.js        keeps the page working offline when it is served (a service worker needs http or https)
// Run from the root build (scripts/build.mjs) after tsc -b and the preview's build, or alone: `node build.mjs`.
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { packageBuild } from '../../scripts/package-build.mjs';

const { here, root, dist, fail, need } = packageBuild(import.meta.url, 'web');

const serverEntry = path.join(root, 'packages/language/out/browser.js');
const previewDist = path.join(root, 'packages/preview/dist');
need(serverEntry, 'run the root build (tsc -b) first');
need(path.join(previewDist, 'preview.js'), 'build the preview first');

fs.rmSync(dist, { recursive: true, force: true });
fs.mkdirSync(dist, { recursive: true });

const common = { bundle: true, platform: 'browser', format: 'iife', target: ['chrome114', 'firefox115', 'safari16'], minify: true, legalComments: 'none', logLevel: 'warning' };

// The language server, as text for app.js. Node 20's polyfill is harmless in a browser and keeps one server source.
const server = await build({
    ...common, entryPoints: [serverEntry], write: false,
    banner: { js: fs.readFileSync(path.join(root, 'packages/language/polyfill.cjs'), 'utf8') },
    alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
});
const serverSource = server.outputFiles[0].text;

/** The examples of the repository, by menu entry: one file each, the imports folder as one entry of two files. */
function examples() {
    const dir = path.join(root, 'examples');
    const out = [];
    const add = (id, folder, names) => out.push({ id, files: Object.fromEntries(names.map(n => [n, fs.readFileSync(path.join(folder, n), 'utf8')])) });
    for (const name of fs.readdirSync(dir).sort()) {
        const p = path.join(dir, name);
        if (name.endsWith('.toc')) add(name.replace(/\.toc$/, ''), dir, [name]);
        else if (fs.statSync(p).isDirectory()) {
            const files = fs.readdirSync(p).filter(f => f.endsWith('.toc') || f === 'toc.config.json').sort();
            if (files.length > 0) add(name, p, files);
        }
    }
    if (out.length === 0) throw new Error(`no examples in ${dir}: the page opens with one`);
    return out;
}

/** The keywords as the grammar's TextMate file (generated from the grammar) matches them. */
function keywordPattern() {
    const grammar = JSON.parse(fs.readFileSync(path.join(root, 'syntaxes/toc.tmLanguage.json'), 'utf8'));
    const keyword = grammar.patterns.find(p => p.name === 'keyword.control.toc');
    if (!keyword) fail('syntaxes/toc.tmLanguage.json has no keyword pattern');
    return keyword.match;
}

const virtualModules = {
    name: 'toc-web-virtual',
    setup(b) {
        b.onResolve({ filter: /^virtual:(server-source|examples|keywords)$/ }, args => ({ path: args.path, namespace: 'toc-web' }));
        b.onLoad({ filter: /.*/, namespace: 'toc-web' }, args => {
            if (args.path === 'virtual:server-source') return { contents: serverSource, loader: 'text' };
            if (args.path === 'virtual:examples') return { contents: JSON.stringify(examples()), loader: 'json' };
            return { contents: JSON.stringify(keywordPattern()), loader: 'json' };
        });
    },
};

// The action plan is the command line's (toc-cli/out/report); its date may come from SOURCE_DATE_EPOCH, which a page has not.
await build({
    ...common, entryPoints: [path.join(here, 'src/main.ts')], outfile: path.join(dist, 'app.js'), plugins: [virtualModules],
    define: { 'process.env.SOURCE_DATE_EPOCH': 'undefined' },
});

// The diagram frame: the preview's bundle and HTML shell, with the light theme's colours.
for (const f of ['preview.js', 'preview.css']) fs.copyFileSync(path.join(previewDist, f), path.join(dist, f));
const { previewHtml } = await import(pathToFileURL(path.join(root, 'packages/preview/page.mjs')).href);
const { THEME_VARIABLES } = await import(pathToFileURL(path.join(root, 'packages/preview/test-page.mjs')).href);
const light = THEME_VARIABLES.light;
fs.writeFileSync(path.join(dist, 'theme.css'), `html { ${Object.entries(light.vars).map(([k, v]) => `--vscode-${k}: ${v};`).join(' ')} }\nbody { margin: 0; }\n`);
// A fixed nonce: the file is static. The policy still shuts out anything the page did not ship.
fs.writeFileSync(path.join(dist, 'preview.html'), previewHtml({
    cspSource: "'self'", nonce: 'tocStandalonePage', bodyClass: light.bodyClass, lang: 'en',
    scriptUri: 'preview.js', styleUri: 'preview.css', extraHead: '<link rel="stylesheet" href="theme.css">',
}));

fs.copyFileSync(path.join(here, 'src/index.html'), path.join(dist, 'index.html'));
fs.copyFileSync(path.join(here, 'src/page.css'), path.join(dist, 'page.css'));

// The service worker lists every file of the folder, with a version from their contents.
const files = fs.readdirSync(dist).sort();
let hash = 0;
for (const f of files) for (const byte of fs.readFileSync(path.join(dist, f))) hash = (hash * 31 + byte) >>> 0;
fs.writeFileSync(path.join(dist, 'sw.js'), fs.readFileSync(path.join(here, 'src/sw.js'), 'utf8')
    .replace('__FILES__', JSON.stringify(['./', ...files])).replace('__VERSION__', hash.toString(36)));

const sizes = fs.readdirSync(dist).map(f => fs.readFileSync(path.join(dist, f)));
const raw = sizes.reduce((n, b) => n + b.length, 0);
const gzip = sizes.reduce((n, b) => n + zlib.gzipSync(b, { level: 9 }).length, 0);
console.log(`web: dist/ ${(raw / 1024).toFixed(0)} KiB, ${(gzip / 1024).toFixed(0)} KiB gzip`);
