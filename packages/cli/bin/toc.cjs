#!/usr/bin/env node
// The `toc` command. CommonJS shim: loads the Node 20 polyfill before the ESM-only language.
require('toc-language/polyfill');
import('../out/main.js').then(m => m.main(process.argv.slice(2))).then(code => { process.exitCode = code; }, err => {
    process.stderr.write(`toc: internal error: ${err && err.message ? err.message : err}\n`);
    process.exitCode = 70;
});
