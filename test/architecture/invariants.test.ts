/**
 * The invariants of ARCHITECTURE.md, checked on the source: which package may import what, and where
 * the DOM and VS Code may appear. A failure names the file and the line that broke the rule.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');

function sources(pkg: string): string[] {
    const dir = path.join(ROOT, 'packages', pkg, 'src');
    const out: string[] = [];
    const walk = (d: string) => {
        for (const e of fs.readdirSync(d, { withFileTypes: true })) {
            const p = path.join(d, e.name);
            if (e.isDirectory()) { if (e.name !== 'generated') walk(p); } else if (/\.ts$/.test(e.name) && !e.name.endsWith('.d.ts')) out.push(p);
        }
    };
    walk(dir);
    return out;
}

interface Import { file: string; line: number; text: string; module: string; typeOnly: boolean }

function imports(pkg: string): Import[] {
    const out: Import[] = [];
    for (const file of sources(pkg)) {
        const lines = fs.readFileSync(file, 'utf8').split('\n');
        lines.forEach((text, i) => {
            const m = /^\s*(import|export)\s+(type\s+)?[^'"]*?from\s+['"]([^'"]+)['"]/.exec(text) ?? /^\s*import\s+['"]([^'"]+)['"]/.exec(text);
            if (!m) return;
            const module = m[3] ?? m[1];
            out.push({ file: path.relative(ROOT, file), line: i + 1, text: text.trim(), module, typeOnly: Boolean(m[2]) });
        });
    }
    return out;
}

const where = (xs: Import[]) => xs.map(x => `${x.file}:${x.line}  ${x.text}`);

describe('architecture invariants', () => {
    it('only the extension imports vscode', () => {
        const offenders = ['language', 'diagram', 'preview', 'cli'].flatMap(imports).filter(i => i.module === 'vscode');
        expect(where(offenders)).toEqual([]);
    });

    it('the diagram and the preview take only types from the language', () => {
        const offenders = ['diagram', 'preview'].flatMap(imports).filter(i => i.module.startsWith('toc-language') && !i.typeOnly);
        expect(where(offenders)).toEqual([]);
        const notModel = ['diagram', 'preview'].flatMap(imports).filter(i => i.module.startsWith('toc-language') && i.module !== 'toc-language/model');
        expect(where(notModel)).toEqual([]);
    });

    it('the language depends on no other package of ours', () => {
        const offenders = imports('language').filter(i => /^toc-(diagram|preview|cli|vscode)/.test(i.module));
        expect(where(offenders)).toEqual([]);
    });

    it('the preview bundle does not pull in the in-thread layout', () => {
        const offenders = imports('preview').filter(i => i.module === 'toc-diagram' || i.module.includes('elk.bundled'));
        expect(where(offenders)).toEqual([]);
    });

    it('only the preview touches the DOM', () => {
        const dom = /\b(document\.(createElement|querySelector|getElementById|body)|window\.|new DOMParser)/;
        const offenders: string[] = [];
        for (const pkg of ['language', 'diagram', 'cli']) {
            for (const file of sources(pkg)) {
                fs.readFileSync(file, 'utf8').split('\n').forEach((text, i) => {
                    if (dom.test(text) && !/^\s*(\/\/|\*)/.test(text)) offenders.push(`${path.relative(ROOT, file)}:${i + 1}  ${text.trim()}`);
                });
            }
        }
        expect(offenders).toEqual([]);
    });

    it('checks take their words from i18n, not from string literals', () => {
        const offenders: string[] = [];
        for (const file of sources('language').filter(f => f.includes(`${path.sep}checks${path.sep}`))) {
            fs.readFileSync(file, 'utf8').split('\n').forEach((text, i) => {
                // A sentence in a check would be a quoted string with a space and a capital or a full stop.
                if (/(['`])[A-Z][a-z]+ [^'`]*\.\1/.test(text) && !/^\s*(\/\/|\*)/.test(text)) offenders.push(`${path.relative(ROOT, file)}:${i + 1}  ${text.trim()}`);
            });
        }
        expect(offenders).toEqual([]);
    });

    it('the language reads files only through the injected file system (so the server also runs in a browser)', () => {
        // The disk belongs to the command line's loader and to the Node host's file system provider.
        const allowed = new Set(['packages/language/src/node.ts', 'packages/language/src/workspace/disk-file-system.ts']);
        const offenders = imports('language').filter(i => /^(node:)?(fs|path|os|child_process)$|^langium\/node$/.test(i.module) && !allowed.has(i.file.split(path.sep).join('/')));
        expect(where(offenders)).toEqual([]);
    });

    it('only incremental-parse.ts reaches into Langium\'s CST node fields', () => {
        // The private position, children and cache fields of Langium's CST node classes.
        const internals = /\._(offset|length|startLine|startColumn|endLine|endColumn|rangeCache|astNode|text)\b/;
        const offenders: string[] = [];
        for (const pkg of ['language', 'diagram', 'preview', 'cli', 'extension']) {
            for (const file of sources(pkg).filter(f => !f.endsWith(`${path.sep}incremental-parse.ts`))) {
                fs.readFileSync(file, 'utf8').split('\n').forEach((text, i) => {
                    if (internals.test(text) && !/^\s*(\/\/|\*)/.test(text)) offenders.push(`${path.relative(ROOT, file)}:${i + 1}  ${text.trim()}`);
                });
            }
        }
        expect(offenders).toEqual([]);
    });
});
