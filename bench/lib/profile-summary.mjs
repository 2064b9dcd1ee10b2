#!/usr/bin/env node
/** Summarises a .cpuprofile: self time and inclusive time per function (top N). Usage: profile-summary.mjs FILE [N] */
import * as fs from 'node:fs';

const [file, n = '30'] = process.argv.slice(2);
const prof = JSON.parse(fs.readFileSync(file, 'utf8'));
const byId = new Map(prof.nodes.map(x => [x.id, x]));
const parent = new Map();
for (const x of prof.nodes) for (const c of x.children ?? []) parent.set(c, x.id);
const dt = new Map();
for (let i = 0; i < prof.samples.length; i++) dt.set(prof.samples[i], (dt.get(prof.samples[i]) ?? 0) + (prof.timeDeltas[i] ?? 0));
const key = x => `${x.callFrame.functionName || '(anon)'} ${x.callFrame.url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*\/packages\//, '')}:${x.callFrame.lineNumber + 1}`;
const self = new Map(), total = new Map();
let all = 0;
for (const [id, us] of dt) {
    all += us;
    const x = byId.get(id);
    self.set(key(x), (self.get(key(x)) ?? 0) + us);
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
        const k = key(byId.get(cur));
        if (seen.has(k)) continue;
        seen.add(k);
        total.set(k, (total.get(k) ?? 0) + us);
    }
}
const show = (title, m) => {
    console.log(`\n${title} (of ${(all / 1000).toFixed(0)} ms)`);
    for (const [k, us] of [...m].sort((a, b) => b[1] - a[1]).slice(0, Number(n))) console.log(`${(us / 1000).toFixed(0).padStart(8)} ms ${(100 * us / all).toFixed(1).padStart(5)}%  ${k}`);
};
show('self', self);
show('inclusive', total);
