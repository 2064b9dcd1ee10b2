/** The `toc` bin's code cache (packages/cli/bin/compile-cache.cjs): a second run reuses V8's cache, a bad one is replaced. */
import fs from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, ROOT, runToc, tmpDir } from './support.js';

const COMPILE_CACHE = path.join(ROOT, 'packages/cli/bin/compile-cache.cjs');

/**
 * Loads `file` through the cache in a fresh process, as the bin does (within one process V8 would reuse its
 * own in-memory compilation and never look at the cache), calls its `answer(x)` and saves the cache.
 */
function load(file: string, cacheDir: string, x = 1): { hit: boolean; answer: number; where: string } {
    const script = `
        const { loadWithCompileCache } = require(${JSON.stringify(COMPILE_CACHE)});
        const run = loadWithCompileCache(${JSON.stringify(file)});
        const answer = run.exports.answer(${x});
        run.save();
        process.stdout.write(JSON.stringify({ hit: run.hit, answer, where: run.exports.where }));`;
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', env: { ...process.env, TOC_CACHE_DIR: cacheDir } });
    expect(r.stderr).toBe('');
    return JSON.parse(r.stdout) as { hit: boolean; answer: number; where: string };
}

function moduleFile(dir: string, body = 'exports.answer = (x) => x * 2; exports.where = __filename;'): string {
    const file = path.join(dir, 'mod.cjs');
    fs.writeFileSync(file, body);
    return file;
}

/** A scratch folder with a module to load and the (not yet made) cache folder beside it. */
function scratch(name: string): { dir: string; cache: string; file: string } {
    const dir = tmpDir(name);
    return { dir, cache: path.join(dir, 'cache'), file: moduleFile(dir) };
}

const cacheFiles = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir).filter(f => f.endsWith('.v8cache')) : []);
/** The bundles a run loaded, from its cache folder: `render.cjs-SIZE-MTIME-NODE-ARCH.v8cache` -> `render.cjs`. */
const loadedBundles = (dir: string) => cacheFiles(dir).map(f => f.replace(/-\d+-\d+-v[\d.]+-[^-]+\.v8cache$/, '')).sort();

describe('loadWithCompileCache', () => {
    it('runs the file as a CommonJS module, writes the cache after the work, and uses it the next time', () => {
        const { cache, file } = scratch('cache-load');
        const first = load(file, cache, 21);
        expect(first).toEqual({ hit: false, answer: 42, where: file });
        expect(cacheFiles(cache)).toHaveLength(1);
        expect(load(file, cache, 4)).toEqual({ hit: true, answer: 8, where: file });
    });

    it('replaces a damaged cache instead of failing', () => {
        const { cache, file } = scratch('cache-damaged');
        load(file, cache);
        const [name] = cacheFiles(cache);
        fs.writeFileSync(path.join(cache, name!), 'not a code cache');
        expect(load(file, cache, 1)).toMatchObject({ hit: false, answer: 2 });
        expect(load(file, cache, 1)).toMatchObject({ hit: true, answer: 2 });
    });

    it('keeps one cache per file: a changed file starts a new one and the old one is removed', () => {
        const { dir, cache, file } = scratch('cache-changed');
        load(file, cache);
        const [old] = cacheFiles(cache);
        moduleFile(dir, 'exports.answer = (x) => x * 3; // a longer, changed file');
        expect(load(file, cache, 2)).toMatchObject({ hit: false, answer: 6 });
        expect(cacheFiles(cache)).toHaveLength(1);
        expect(cacheFiles(cache)).not.toContain(old);
    });

    it('reads a file with letters outside ASCII as UTF-8 (the bundles, all ASCII, are read as Latin-1)', () => {
        const { cache, file } = scratch('cache-utf8');
        moduleFile(path.dirname(file), "exports.answer = (x) => 'Één ≥ ' + x; exports.where = /[é≥]/.test('≥') && 'é';");
        const answer = (x: number) => load(file, cache, x) as unknown as { hit: boolean; answer: string; where: string };
        expect(answer(2)).toEqual({ hit: false, answer: 'Één ≥ 2', where: 'é' });
        expect(answer(3)).toEqual({ hit: true, answer: 'Één ≥ 3', where: 'é' });
    });

    it('writes nothing when TOC_CACHE_DIR is empty, and still runs when the folder cannot be written', () => {
        const dir = tmpDir('cache-off');
        const file = moduleFile(dir);
        expect(load(file, '', 3)).toMatchObject({ hit: false, answer: 6 });
        expect(load(file, '', 3)).toMatchObject({ hit: false, answer: 6 });
        expect(cacheFiles(dir)).toEqual([]);
        // A file where the cache folder should be: mkdir fails, the module still runs.
        const blocked = path.join(dir, 'blocked');
        fs.writeFileSync(blocked, '');
        expect(load(file, blocked, 5)).toMatchObject({ hit: false, answer: 10 });
    });
});

describe('toc with its code cache', () => {
    beforeAll(() => ensureBuilt(), 180_000);

    it('a second `toc render` uses the cache the first one wrote and draws the same picture', () => {
        const dir = tmpDir('cache-render');
        const cache = path.join(dir, 'cache');
        const example = path.join(ROOT, 'examples/zorgzame-buurt.toc');
        const runs = [1, 2].map(i => {
            const out = path.join(dir, `out${i}.svg`);
            const r = runToc(['render', example, '-o', out], { env: { TOC_CACHE_DIR: cache } });
            expect(r.stderr).toBe('');
            expect(r.code).toBe(0);
            // One for the dispatch (dist/toc.cjs), one for the render command's own bundle.
            if (i === 1) expect(loadedBundles(cache)).toEqual(['render.cjs', 'toc.cjs']);
            return { svg: fs.readFileSync(out, 'utf8'), caches: cacheFiles(cache).map(f => fs.statSync(path.join(cache, f)).mtimeMs) };
        });
        expect(runs[1]!.svg).toBe(runs[0]!.svg);
        // Not rewritten: the second run read them and V8 accepted them.
        expect(runs[1]!.caches).toEqual(runs[0]!.caches);
        expect(runs[0]!.svg).toContain('<svg');
    });
});

describe('toc loads only what a command needs', () => {
    beforeAll(() => ensureBuilt(), 180_000);
    const bundle = (name: string) => fs.readFileSync(path.join(ROOT, 'packages/cli/dist/commands', `${name}.cjs`), 'utf8');
    // Strings only ELK's code holds, and only the language server's features (class names survive the minifier: keepNames).
    const ELK = 'org.eclipse.elk';
    const LSP = ['DefaultLanguageServer', 'TocCompletionProvider'];
    const holdsLsp = (text: string) => LSP.filter(name => text.includes(name));

    it('toc check runs the dispatch and its own bundle only, and that bundle holds neither ELK nor the language server', () => {
        const dir = tmpDir('cache-check');
        const cache = path.join(dir, 'cache');
        const r = runToc(['check', path.join(ROOT, 'examples/zorgzame-buurt.toc')], { env: { TOC_CACHE_DIR: cache } });
        expect(r.code).toBe(0);
        // Every file the bin loads goes through the code cache: these are all it loaded.
        expect(loadedBundles(cache)).toEqual(['check.cjs', 'toc.cjs']);
        expect(bundle('check')).not.toContain(ELK);
        expect(holdsLsp(bundle('check'))).toEqual([]);
    });

    it('toc render holds ELK but not the language server; the dispatch holds neither', () => {
        expect(bundle('render')).toContain(ELK);
        expect(holdsLsp(bundle('render'))).toEqual([]);
        const dispatch = fs.readFileSync(path.join(ROOT, 'packages/cli/dist/toc.cjs'), 'utf8');
        expect(dispatch).not.toContain(ELK);
        expect(holdsLsp(dispatch)).toEqual([]);
        // The markers are real: the editor's language server bundle holds them.
        expect(holdsLsp(fs.readFileSync(path.join(ROOT, 'packages/extension/dist/server.cjs'), 'utf8'))).toEqual(LSP);
    });

    it('the PDF writer (juice, cheerio, undici: half of what render needs) is a part of its own, loaded only for a PDF', () => {
        // A string only juice's code holds (its option names survive the minifier).
        const JUICE = 'preserveMediaQueries';
        expect(bundle('render-pdf')).toContain(JUICE);
        expect(bundle('render')).not.toContain(JUICE);
        const dir = tmpDir('cache-pdf');
        const cache = path.join(dir, 'cache');
        const r = runToc(['render', path.join(ROOT, 'examples/zorgzame-buurt.toc'), '--format', 'pdf', '-o', path.join(dir, 'poster.pdf')], { env: { TOC_CACHE_DIR: cache } });
        expect(r.stderr).toBe('');
        expect(r.code).toBe(0);
        expect(fs.readFileSync(path.join(dir, 'poster.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
        expect(loadedBundles(cache)).toEqual(['render-pdf.cjs', 'render.cjs', 'toc.cjs']);
    });
});
