/** A measurement without its date is a syntax error; it must not give its result a status as well. */
import { describe, expect, it } from 'vitest';
import { theoryToJson } from '../../packages/language/src/model/to-json.js';
import { services, validated } from '../lsp/support.js';

const theory = (measurement: string) => `uitdaging U "u"
doel D -> U "d"
actie A KT -> D "a" {
    resultaat R "r" {
        norm >= 10
        indicator I "i" {
            ${measurement}
        }
    }
}
`;

describe('a measurement without a date', () => {
    it('is a syntax error and leaves the result not measured (no status, no "(—)")', async () => {
        const doc = await validated(theory('meting 25'));
        expect((doc.diagnostics ?? []).filter(d => d.code === 'syntax-error').length).toBeGreaterThan(0);
        const json = theoryToJson(services.model.TheoryModelProvider.modelOf(doc), doc.diagnostics ?? []);
        const r = json.elements.find(e => e.id === 'A')!.results[0];
        expect(r!.state).toBe('not-measured');
        expect(r!.latest).toBeUndefined();
        expect(r!.indicators[0]!.measurements).toEqual([]);
        expect((doc.diagnostics ?? []).filter(d => d.code === 'norm-met' || d.code === 'norm-not-met')).toEqual([]);
    });
    it('with its date the same measurement does count', async () => {
        const doc = await validated(theory('meting 2026-03 25'));
        const json = theoryToJson(services.model.TheoryModelProvider.modelOf(doc), doc.diagnostics ?? []);
        expect(json.elements.find(e => e.id === 'A')!.results[0]!.state).toBe('met');
    });
});
