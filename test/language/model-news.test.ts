/**
 * What the model hands the diagram about norms: good news is the result's light, never a remark on a box
 * (even with norm-met switched on), and a template's norm is no norm at all.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadWorkspace } from 'toc-language/node';
import { theoryToJson, type TheoryJson } from 'toc-language';

async function theory(text: string, config?: string): Promise<{ json: TheoryJson; codes: string[] }> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'toc-news-'));
    try {
        fs.writeFileSync(path.join(dir, 'plan.toc'), text);
        if (config) fs.writeFileSync(path.join(dir, 'toc.config.json'), config);
        const { services, documents } = await loadWorkspace([path.join(dir, 'plan.toc')]);
        const model = services.model.TheoryModelProvider.modelOf(documents[0]!);
        return { json: theoryToJson(model, documents[0]!.diagnostics), codes: (documents[0]!.diagnostics ?? []).map(d => String(d.code)) };
    } finally {
        fs.rmSync(dir, { recursive: true, force: true });
    }
}

const result = (json: TheoryJson) => json.elements.find(e => e.id === 'A')!.results[0];

const MET = `uitdaging I "Isolement."
doel D -> I "Contact."
actie A KT -> D "Spelnamiddag." {
    resultaat R "Gezinnen komen." {
        norm >= 30%
        indicator L "Lijst." { meting 2026-09 34% }
    }
}
`;

describe('norms in the model the diagram draws', () => {
    it('a met norm is the result\'s status, not a remark: off by default, and no badge when a team switches it on', async () => {
        const plain = await theory(MET);
        expect(plain.codes).not.toContain('norm-met');
        expect(result(plain.json)!.state).toBe('met');
        const on = await theory(MET, '{ "rules": { "norm-met": "warning" } }');
        expect(on.codes).toContain('norm-met');
        expect(Object.values(on.json.issues).flat().map(i => i.rule)).not.toContain('norm-met');
    });

    it('a template\'s norm (>= 0%) shows as no norm, and the result as not measured against it', async () => {
        const { json, codes } = await theory(MET.replace('norm >= 30%', 'norm >= 0%'));
        expect(codes).toContain('placeholder');
        const r = result(json);
        expect(r!.norm).toBeUndefined();
        expect(r!.state).toBe('not-measured');
    });
});
