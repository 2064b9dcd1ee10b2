/** Loads .toc files into TheoryJson exactly as the command line does. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadWorkspace } from 'toc-language/node';
import { theoryToJson, type TheoryJson } from 'toc-language';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const EXAMPLES = path.join(ROOT, 'examples');

export async function theoryOf(file: string): Promise<TheoryJson> {
    const { services, documents } = await loadWorkspace([file]);
    const model = services.model.TheoryModelProvider.modelOf(documents[0]!);
    return theoryToJson(model, documents[0]!.diagnostics);
}

/** Writes the text to a temporary .toc file and loads it. */
export async function theoryOfText(text: string, name = 'theory.toc'): Promise<TheoryJson> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'toc-diagram-'));
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    try {
        return await theoryOf(file);
    } finally {
        fs.rmSync(dir, { recursive: true, force: true });
    }
}

/** Every .toc file under examples/, subfolders included. */
export function exampleFiles(): string[] {
    return (fs.readdirSync(EXAMPLES, { recursive: true }) as string[]).filter(f => f.endsWith('.toc')).sort().map(f => path.join(EXAMPLES, f));
}
