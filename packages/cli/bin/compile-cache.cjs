// Loads a CommonJS file with V8's code cache, kept on disk between runs.
//
// Why: a fresh `toc` process spends most of a small render compiling its 4 MB bundle and ELK, and
// running them cold. The cache is taken after the command has run, so it holds every function that
// ran, not only the top level (Node 22's module.enableCompileCache does the same; Node 20 has none).
// V8 checks the source and its own version and flags and rejects a stale cache; we then compile as
// usual and write a fresh one. Any failure to read or write the cache only costs the speed-up.
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const vm = require('node:vm');
const { isAscii } = require('node:buffer');
const { createRequire } = require('node:module');

/** Where caches live: TOC_CACHE_DIR, else the platform's cache folder. Empty TOC_CACHE_DIR: no cache. */
function cacheDir() {
    const own = process.env.TOC_CACHE_DIR;
    if (own !== undefined) return own === '' ? undefined : own;
    const home = os.homedir();
    if (process.platform === 'win32') return path.join(process.env.LOCALAPPDATA || path.join(home, 'AppData', 'Local'), 'toc', 'Cache');
    if (process.platform === 'darwin') return path.join(home, 'Library', 'Caches', 'toc');
    return path.join(process.env.XDG_CACHE_HOME || path.join(home, '.cache'), 'toc');
}

/** The saves of every file loaded in this process (the command's dispatch and the command itself). */
const pending = [];

/**
 * Runs `file` as a CommonJS module and returns its exports, plus `save()`, to be called once the
 * work is done, which writes the code cache when there was none or V8 rejected it.
 */
function loadWithCompileCache(file) {
    // The bundles are ASCII (packages/cli/build.mjs checks it), and ASCII read as Latin-1 is the same text without
    // UTF-8 decoding: about 20 ms of CPU less for the render bundle. Any other file is decoded as UTF-8.
    const bytes = fs.readFileSync(file);
    const source = bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
    const stat = fs.statSync(file);
    const dir = cacheDir();
    // One cache per file version and Node: a new build or Node version starts a new file.
    const key = `${path.basename(file)}-${stat.size}-${Math.round(stat.mtimeMs)}-${process.version}-${process.arch}.v8cache`;
    const cacheFile = dir && path.join(dir, key);
    let cachedData;
    try {
        if (cacheFile) cachedData = fs.readFileSync(cacheFile);
    } catch {
        cachedData = undefined;
    }
    const wrapper = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
    const script = new vm.Script(wrapper, { filename: file, cachedData, importModuleDynamically: vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER });
    const hit = cachedData !== undefined && !script.cachedDataRejected;
    const module = { exports: {}, filename: file, id: file, loaded: false };
    script.runInThisContext()(module.exports, createRequire(file), module, file, path.dirname(file));
    module.loaded = true;
    const save = () => {
        if (hit || !cacheFile) return;
        try {
            fs.mkdirSync(dir, { recursive: true });
            // Written aside and renamed: a second `toc` running at the same time never reads half a file.
            const tmp = `${cacheFile}.${process.pid}.tmp`;
            fs.writeFileSync(tmp, script.createCachedData());
            fs.renameSync(tmp, cacheFile);
            removeStale(dir, path.basename(file), key);
        } catch {
            // A read-only home or a full disk: run without the cache.
        }
    };
    pending.push(save);
    return { exports: module.exports, hit, save };
}

/** Caches of older builds of the same file are never read again. */
function removeStale(dir, base, keep) {
    for (const name of fs.readdirSync(dir)) {
        if (name !== keep && name.startsWith(`${base}-`) && name.endsWith('.v8cache')) {
            try { fs.unlinkSync(path.join(dir, name)); } catch { /* another process took it */ }
        }
    }
}

/** Writes the code cache of every file loaded so far that had none: called once the command has run. */
function saveCompileCaches() {
    for (const save of pending.splice(0)) save();
}

module.exports = { loadWithCompileCache, saveCompileCaches };
