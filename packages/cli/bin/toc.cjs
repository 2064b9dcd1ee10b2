#!/usr/bin/env node
// The `toc` command: runs the bundle (dist/toc.cjs, built by packages/cli/build.mjs) through V8's code cache;
// it loads the command's own bundle (dist/commands/*.cjs) the same way.
// Without a bundle (a TypeScript-only build), runs the compiled modules in out/ instead.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

function done(code) {
    process.exitCode = code;
}

function crashed(err) {
    process.stderr.write(`toc: internal error: ${err && err.message ? err.message : err}\n`);
    process.exitCode = 70;
}

const bundle = path.join(__dirname, '../dist/toc.cjs');
if (fs.existsSync(bundle)) {
    const { loadWithCompileCache, saveCompileCaches } = require('./compile-cache.cjs');
    let loaded;
    try {
        loaded = loadWithCompileCache(bundle);
    } catch (err) {
        crashed(err);
    }
    if (loaded) {
        loaded.exports.main(process.argv.slice(2)).then(code => { saveCompileCaches(); done(code); }, crashed);
    }
} else {
    require('toc-language/polyfill');
    import('../out/main.js').then(m => m.main(process.argv.slice(2))).then(done, crashed);
}
