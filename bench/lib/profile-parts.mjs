#!/usr/bin/env node
/**
 * Where a `toc` command's CPU time goes, by part: a .cpuprofile of a bundle (node --cpu-prof), each sample's
 * function mapped back to its source file through the bundle's source map, then grouped (Langium and
 * Chevrotain, ELK, garbage collection, toc's own code, ...). Usage:
 *
 *   node --cpu-prof --cpu-prof-dir DIR packages/cli/bin/toc.cjs render theory.toc -o out.svg
 *   node bench/lib/profile-parts.mjs DIR/*.cpuprofile [--files N]
 *
 * Prints each part's self time and share; --files N also lists the N source files that cost most.
 */
import * as fs from 'node:fs';
import { SourceMap } from 'node:module';
import { fileURLToPath } from 'node:url';

const PARTS = [
    ['Langium and Chevrotain', /node_modules\/(langium|chevrotain|chevrotain-allstar|@chevrotain|vscode-languageserver[^/]*|vscode-jsonrpc)\//],
    ['ELK layout', /node_modules\/elkjs\//],
    ['CSS inlined into the SVG (juice, cheerio)', /node_modules\/(juice|cheerio[^/]*|css-select|css-what|domhandler|domutils|dom-serializer|htmlparser2|entities|parse5[^/]*|mensch|slick|web-resource-inliner|boolbase|nth-check)\//],
    // The bundles' maps name toc's own sources relative to dist/commands: ../../../language/src/…
    ["toc's language (parse fixes, scoping, checks, model)", /(^|\/)language\/src\//],
    ["toc's diagram and SVG", /(^|\/)diagram\/src\//],
    ["toc's command line", /(^|\/)(cli\/)?src\/(commands|render|report|export|import|output)?/],
    ['other libraries', /node_modules\//],
];

const args = process.argv.slice(2);
const filesAt = args.indexOf('--files');
const topFiles = filesAt >= 0 ? Number(args.splice(filesAt, 2)[1]) : 0;
const [file] = args;
const prof = JSON.parse(fs.readFileSync(file, 'utf8'));

const maps = new Map();
/** The source map of a bundle (FILE.map next to it), or null. */
function mapOf(url) {
    if (!maps.has(url)) {
        let map = null;
        try {
            const path = url.startsWith('file:') ? fileURLToPath(url) : url;
            if (fs.existsSync(`${path}.map`)) map = new SourceMap(JSON.parse(fs.readFileSync(`${path}.map`, 'utf8')));
        } catch { map = null; }
        maps.set(url, map);
    }
    return maps.get(url);
}

/** The source file a profile node's function comes from (through the bundle's map), or a label for V8's own. */
function sourceOf(node) {
    const { url, functionName, lineNumber, columnNumber } = node.callFrame;
    if (!url) return functionName.startsWith('(') ? functionName : `(${functionName || 'native'})`;
    const map = mapOf(url);
    if (!map) return url;
    const entry = map.findEntry(lineNumber, columnNumber);
    return entry?.originalSource ?? url;
}

function partOf(source) {
    if (source === '(garbage collector)') return 'garbage collection';
    if (source === '(program)' || source === '(idle)') return 'V8 and Node outside JavaScript (compiling, loading)';
    if (source.startsWith('(')) return 'V8 and Node outside JavaScript (compiling, loading)';
    if (source.startsWith('node:')) return 'Node: loading modules, reading files';
    for (const [name, re] of PARTS) if (re.test(source)) return name;
    return 'toc bundles, unmapped';
}

const byId = new Map(prof.nodes.map(n => [n.id, n]));
const selfUs = new Map();
for (let i = 0; i < prof.samples.length; i++) selfUs.set(prof.samples[i], (selfUs.get(prof.samples[i]) ?? 0) + (prof.timeDeltas[i] ?? 0));
const parts = new Map(), files = new Map();
let all = 0;
for (const [id, us] of selfUs) {
    const source = sourceOf(byId.get(id));
    const part = partOf(source);
    all += us;
    parts.set(part, (parts.get(part) ?? 0) + us);
    files.set(source, (files.get(source) ?? 0) + us);
}
const line = (us, label) => `${(us / 1000).toFixed(0).padStart(7)} ms ${(100 * us / all).toFixed(0).padStart(4)}%  ${label}`;
console.log(`${(all / 1000).toFixed(0)} ms sampled in ${file}`);
for (const [part, us] of [...parts].sort((a, b) => b[1] - a[1])) console.log(line(us, part));
if (topFiles) {
    console.log('');
    for (const [source, us] of [...files].sort((a, b) => b[1] - a[1]).slice(0, topFiles)) console.log(line(us, source.replace(/^.*node_modules\//, '')));
}
