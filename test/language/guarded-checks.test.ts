/**
 * A check that throws reports itself and leaves the others' findings alone. The checks are the real ones,
 * with one that throws put first (a mock of all-checks.ts): nothing else is stubbed.
 */
import { EmptyFileSystem } from 'langium';
import { parseHelper } from 'langium/test';
import { describe, expect, it, vi } from 'vitest';
import { createTocServices } from 'toc-language';
import { createEnv, runPipeline } from '../robustness/harness.js';

vi.mock('../../packages/language/src/checks/all-checks.js', async importOriginal => {
    const original = await importOriginal<typeof import('../../packages/language/src/checks/all-checks.js')>();
    function checkThatThrows(): void {
        throw new TypeError('boom');
    }
    return { ...original, ALL_CHECKS: [checkThatThrows, ...original.ALL_CHECKS] };
});

const THEORY = (keyword: string) => `${keyword} "Buurt"
uitdaging Isolement "Weinig contact."
doel Contact -> Isolement "Meer contact."
actie Spelnamiddag KT -> Contact "Een spelnamiddag."
`;

describe('a check that throws', () => {
    const parse = parseHelper(createTocServices(EmptyFileSystem).Toc);

    it('yields one internal-error naming the check, and every other check still reports', async () => {
        const doc = await parse(THEORY('theorie'), { validation: true });
        const diagnostics = doc.diagnostics ?? [];
        const internal = diagnostics.filter(d => d.code === 'internal-error');
        expect(internal).toHaveLength(1);
        expect(internal[0]!.severity).toBe(1);
        expect(internal[0]!.message).toContain('checkThatThrows');
        expect(internal[0]!.message).toContain('TypeError: boom');
        expect(internal[0]!.message).toMatch(/^Interne fout/);
        expect(internal[0]!.range).toEqual({ start: { line: 0, character: 0 }, end: { line: 0, character: 'theorie "Buurt"'.length } });
        // The checks after it ran: the action has no result, no goal lacks an action.
        expect(diagnostics.map(d => String(d.code))).toContain('action-without-result');
    });

    it('is said in English in an English theory', async () => {
        const doc = await parse(THEORY('theory').replace('uitdaging', 'challenge').replace('doel', 'goal').replace('actie', 'action').replace(' KT ', ' ST '), { validation: true });
        const internal = (doc.diagnostics ?? []).filter(d => d.code === 'internal-error');
        expect(internal.map(d => d.message)).toEqual([expect.stringMatching(/^Internal error: the check checkThatThrows stopped/)]);
    });

    it('is a problem for the robustness harness', async () => {
        const env = await createEnv();
        const { problems } = await runPipeline(env, { 'main.toc': THEORY('theorie') });
        expect(problems.filter(p => p.includes('a check threw'))).toHaveLength(1);
    });
});

describe('the robustness harness', () => {
    it('counts an error logged while the pipeline runs as a problem', async () => {
        const env = await createEnv();
        const original = env.services.validation.DocumentValidator.validateDocument.bind(env.services.validation.DocumentValidator);
        env.services.validation.DocumentValidator.validateDocument = async (...args) => {
            console.error('An error occurred during validation:', new Error('logged, not thrown'));
            return original(...args);
        };
        const { problems } = await runPipeline(env, { 'main.toc': THEORY('theorie') });
        expect(problems.filter(p => p.startsWith('logged'))).toEqual([expect.stringMatching(/^logged an error: An error occurred during validation: Error: logged, not thrown/)]);
    });
});
