// Bundles the command line into CommonJS files that bin/toc.cjs runs through V8's code cache: dist/toc.cjs, the
// dispatch, and one file per command, dist/commands/NAME.cjs, with everything that command needs.
// Why bundles: a fresh `toc` spent about 0.3 s resolving and loading some 300 ES modules; one file loads in
// one read, and its code cache covers everything it ran. Why one per command: a 6 MB bundle of every command
// made `toc check` read and set up ELK, the workbook and Word writers it never uses. Parts only some runs need
// are files of their own too, loaded the same way: dist/commands/render-pdf.cjs (pdfkit's helpers: juice,
// cheerio, undici, half of the render bundle) only for `toc render --format pdf`.
// Run by the root build after `tsc -b`.
import { build } from 'esbuild';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { nonAscii } from '../../scripts/ascii-only.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const entry = path.join(here, 'out/main.js');
if (!existsSync(entry)) {
    console.error('cli build: out/main.js is missing: run the root build (tsc -b) first');
    process.exit(1);
}

/** elk.bundled is loaded with createRequire in the ES modules; in the bundle it becomes a static require, so it is bundled too. */
const elkInThread = {
    name: 'elk-in-thread',
    setup(b) {
        b.onResolve({ filter: /\/elk-in-thread\.js$/ }, () => ({ path: 'elk-in-thread', namespace: 'toc' }));
        b.onLoad({ filter: /^elk-in-thread$/, namespace: 'toc' }, () => ({
            contents: "export function loadElkInThread() { return require('elkjs/lib/elk.bundled.js'); }",
            resolveDir: path.join(root, 'packages/diagram'),
            loader: 'js',
        }));
    },
};

/** main.ts's `import('./commands/NAME.js')` becomes a load of dist/commands/NAME.cjs through the code cache. */
const commandFiles = {
    name: 'command-files',
    setup(b) {
        b.onResolve({ filter: /^\.\/commands\/[a-z-]+\.js$/ }, args => args.kind === 'dynamic-import' && args.importer === entry
            ? { path: path.basename(args.path, '.js'), namespace: 'toc-command' }
            : undefined);
        b.onLoad({ filter: /.*/, namespace: 'toc-command' }, args => ({
            // Not a plain require('../bin/…'): esbuild would bundle it, and the dispatch must share the cache's list of saves.
            contents: `const load = require(require('node:path').join(__dirname, '../bin/compile-cache.cjs')).loadWithCompileCache;
module.exports = load(require('node:path').join(__dirname, 'commands', ${JSON.stringify(args.path + '.cjs')})).exports;`,
            loader: 'js',
        }));
    },
};

/** A command's `import(KEY)` becomes a load of dist/commands/VALUE.cjs through the code cache. */
const PARTS = { '../render/pdf.js': 'render-pdf' };
const partFiles = {
    name: 'part-files',
    setup(b) {
        const filter = new RegExp(`^(${Object.keys(PARTS).map(p => p.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})$`);
        b.onResolve({ filter }, args => args.kind === 'dynamic-import' ? { path: PARTS[args.path], namespace: 'toc-part' } : undefined);
        b.onLoad({ filter: /.*/, namespace: 'toc-part' }, args => ({
            contents: `const load = require(require('node:path').join(__dirname, '../../bin/compile-cache.cjs')).loadWithCompileCache;
module.exports = load(require('node:path').join(__dirname, ${JSON.stringify(args.path + '.cjs')})).exports;`,
            loader: 'js',
        }));
    },
};

const commands = readdirSync(path.join(here, 'out/commands')).filter(f => f.endsWith('.js')).map(f => path.basename(f, '.js'));
rmSync(path.join(here, 'dist'), { recursive: true, force: true });

const common = {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    minify: true,
    keepNames: true,
    sourcemap: true,
    logLevel: 'warning',
    // resvg is a native module: it stays in node_modules and loads only for PNG.
    // pdfkit reads its own data files next to its code: it stays in node_modules too (and its fonts).
    external: ['@resvg/resvg-js', 'pdfkit', 'dejavu-fonts-ttf'],
    // jsonc-parser's main is a UMD wrapper whose requires esbuild cannot follow; its ES module build bundles cleanly.
    alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
    // import.meta.url (createRequire for resvg) from the bundle's own path.
    define: { 'import.meta.url': '__tocModuleUrl' },
    // Must run before langium's parser library loads: Node 20 has no Object.groupBy.
    banner: { js: `${readFileSync(path.join(root, 'packages/language/polyfill.cjs'), 'utf8')}\nvar __tocModuleUrl = require('node:url').pathToFileURL(__filename).href;` },
};

await Promise.all([
    build({ ...common, entryPoints: [entry], outfile: path.join(here, 'dist/toc.cjs'), plugins: [commandFiles] }),
    ...commands.map(name => build({
        ...common,
        entryPoints: [path.join(here, 'out/commands', `${name}.js`)],
        outfile: path.join(here, 'dist/commands', `${name}.cjs`),
        plugins: [elkInThread, partFiles],
    })),
    ...Object.entries(PARTS).map(([from, name]) => build({
        ...common,
        entryPoints: [path.join(here, 'out/commands', from)],
        outfile: path.join(here, 'dist/commands', `${name}.cjs`),
    })),
]);

// Every run reads the dispatch and one command bundle. (The PDF part keeps a library's licence, which spells a
// name with an accent: it loads only for a PDF, next to pdfkit's own files.)
const wide = nonAscii([path.join(here, 'dist/toc.cjs'), ...commands.map(name => path.join(here, 'dist/commands', `${name}.cjs`))]);
if (wide.length) {
    console.error(`cli build: non-ASCII in a bundle, which makes Node read it slowly; write the character as a \\u escape (scripts/ascii-only.mjs):\n  ${wide.join('\n  ')}`);
    process.exit(1);
}
