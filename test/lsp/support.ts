/** In-process helpers for the lsp unit tests: services on an empty file system, parsing with validation. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { EmptyFileSystem, type LangiumDocument } from 'langium';
import { parseHelper } from 'langium/test';
import { createTocServices, type Theory } from '../../packages/language/src/index.js';
import { REPO_ROOT } from './lsp-client.js';

export const services = createTocServices(EmptyFileSystem).Toc;
const parse = parseHelper<Theory>(services);

/** Parses, links and validates a text as a new document. */
export function validated(text: string): Promise<LangiumDocument<Theory>> {
    return parse(text, { validation: true });
}

export function syntaxErrors(document: LangiumDocument): string[] {
    return [...document.parseResult.lexerErrors.map(e => e.message), ...document.parseResult.parserErrors.map(e => e.message)];
}

/** Every .toc file under examples/, as [name, text]. */
export function examples(): Array<[string, string]> {
    const out: Array<[string, string]> = [];
    const walk = (dir: string) => {
        for (const name of fs.readdirSync(dir).sort()) {
            const p = path.join(dir, name);
            if (fs.statSync(p).isDirectory()) walk(p);
            else if (name.endsWith('.toc')) out.push([path.relative(REPO_ROOT, p), fs.readFileSync(p, 'utf8')]);
        }
    };
    walk(path.join(REPO_ROOT, 'examples'));
    return out;
}
