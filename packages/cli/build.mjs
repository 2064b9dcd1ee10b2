// Bundles the command line into one CommonJS file, dist/toc.cjs, which bin/toc.cjs runs through V8's code cache.
// Why a bundle: a fresh `toc` spent about 0.3 s resolving and loading some 300 ES modules; one file loads in
// one read, and its code cache covers everything, ELK included. Run by the root build after `tsc -b`.
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

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

await build({
    entryPoints: [entry],
    outfile: path.join(here, 'dist/toc.cjs'),
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
    plugins: [elkInThread],
});
