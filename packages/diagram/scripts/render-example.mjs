// Dev aid: renders a .toc file in every theme and direction to test-results/diagram/dev/ and prints timings.
// Usage (from the repo root, after the build): node -r ./packages/language/polyfill.cjs packages/diagram/scripts/render-example.mjs examples/x.toc
import fs from 'node:fs';
import path from 'node:path';
import { loadWorkspace } from 'toc-language/node';
import { theoryToJson } from 'toc-language';
import { renderTheorySvg } from 'toc-diagram';

const file = process.argv[2];
const out = path.resolve('test-results/diagram/dev');
fs.mkdirSync(out, { recursive: true });
const { services, documents } = await loadWorkspace([file]);
const model = services.model.TheoryModelProvider.modelOf(documents[0]);
const json = theoryToJson(model, documents[0].diagnostics);
const base = path.basename(file, '.toc');
fs.writeFileSync(path.join(out, `${base}.json`), JSON.stringify(json, null, 1));
for (const theme of ['light', 'dark', 'high-contrast']) {
    for (const direction of ['right', 'down']) {
        const t = Date.now();
        const svg = await renderTheorySvg(json, { theme, direction });
        fs.writeFileSync(path.join(out, `${base}-${theme}-${direction}.svg`), svg);
        console.log(theme, direction, `${svg.length} chars`, `${Date.now() - t} ms`);
    }
}
