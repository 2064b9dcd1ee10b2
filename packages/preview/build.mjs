// Bundles the webview: dist/preview.js (with ELK's worker script embedded as text) and dist/preview.css
// (the preview's own rules plus the diagram's 'vscode' theme). Run from packages/preview: node build.mjs
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const dist = path.join(here, 'dist');
fs.mkdirSync(dist, { recursive: true });

// The worker's code travels inside the bundle: a webview starts it from a Blob URL.
const elkWorker = {
    name: 'elk-worker-source',
    setup(build) {
        build.onResolve({ filter: /^elk-worker-source$/ }, () => ({ path: require.resolve('elkjs/lib/elk-worker.min.js'), namespace: 'elk-worker-source' }));
        build.onLoad({ filter: /.*/, namespace: 'elk-worker-source' }, args => ({ contents: fs.readFileSync(args.path, 'utf8'), loader: 'text' }));
    },
};

await esbuild.build({
    entryPoints: [path.join(here, 'src/main.ts')],
    outfile: path.join(dist, 'preview.js'),
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['chrome114'],
    minify: true,
    sourcemap: false,
    legalComments: 'none',
    plugins: [elkWorker],
    logLevel: 'warning',
});

const { themeCss } = await import('toc-diagram/core');
const css = fs.readFileSync(path.join(here, 'src/preview.css'), 'utf8') + '\n/* diagram theme: vscode */\n' + themeCss('vscode') + '\n';
fs.writeFileSync(path.join(dist, 'preview.css'), css);
console.log(`preview: dist/preview.js ${(fs.statSync(path.join(dist, 'preview.js')).size / 1024).toFixed(0)} KiB, dist/preview.css`);
