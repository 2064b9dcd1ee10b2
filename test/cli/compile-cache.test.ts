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
        fs.writeFileSync(path.join(cache, name), 'not a code cache');
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
            if (i === 1) expect(cacheFiles(cache)).toHaveLength(1);
            return { svg: fs.readFileSync(out, 'utf8'), cache: fs.statSync(path.join(cache, cacheFiles(cache)[0])).mtimeMs };
        });
        expect(runs[1].svg).toBe(runs[0].svg);
        // Not rewritten: the second run read it and V8 accepted it.
        expect(runs[1].cache).toBe(runs[0].cache);
        expect(runs[0].svg).toContain('<svg');
    });
});
