/**
 * Every title and message of the extension exists in English and Dutch: the manifest's %keys% in package.nls.json
 * and package.nls.nl.json, and every vscode.l10n.t('…') string of the client in l10n/bundle.l10n.nl.json.
 * (No VS Code needed: a Dutch UI would need a language pack in code-server.)
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './harness/code-server.js';

const ext = path.join(repoRoot, 'packages/extension');
const json = (f: string) => JSON.parse(readFileSync(path.join(ext, f), 'utf8')) as Record<string, string>;

function sources(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap(e =>
        e.isDirectory() ? sources(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []);
}

describe('the extension in English and Dutch', () => {
    it('has a Dutch text for every manifest title', () => {
        const used = [...new Set(readFileSync(path.join(ext, 'package.json'), 'utf8').match(/%[\w.-]+%/g)!.map(k => k.slice(1, -1)))];
        const en = json('package.nls.json');
        const nl = json('package.nls.nl.json');
        expect(used.length).toBeGreaterThan(20);
        expect(used.filter(k => !(k in en))).toEqual([]);
        expect(used.filter(k => !(k in nl))).toEqual([]);
        expect(Object.keys(nl).sort()).toEqual(Object.keys(en).sort());
        // Copied but not translated:
        expect(Object.keys(en).filter(k => nl[k] === en[k])).toEqual([]);
    });

    it('has a Dutch text for every runtime message', () => {
        const strings = new Set<string>();
        for (const file of sources(path.join(ext, 'src'))) {
            for (const m of readFileSync(file, 'utf8').matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)) strings.add(m[1]!.replace(/\\'/g, "'"));
        }
        const nl = json('l10n/bundle.l10n.nl.json');
        expect(strings.size).toBeGreaterThan(10);
        expect([...strings].filter(s => !(s in nl))).toEqual([]);
        // Placeholders survive translation.
        for (const s of strings) for (const p of s.match(/\{\d+\}/g) ?? []) expect(nl[s], s).toContain(p);
    });
});
