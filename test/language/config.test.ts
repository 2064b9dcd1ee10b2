/** toc.config.json as a team writes it: what is taken, and what is reported as a problem in the file itself. */
import { describe, expect, it } from 'vitest';
import { parseConfig } from 'toc-language';

describe('parseConfig', () => {
    it('takes rule severities and the message language', () => {
        const c = parseConfig('{ "rules": { "missing-description": "off", "norm-met": "hint" }, "language": "nl" }');
        expect(c.rules).toEqual({ 'missing-description': 'off', 'norm-met': 'hint' });
        expect(c.language).toBe('nl');
        expect(c.problems).toEqual([]);
    });

    it('accepts a byte-order mark, as Windows editors write it', () => {
        expect(parseConfig('\uFEFF{ "rules": { "norm-met": "off" } }').rules).toEqual({ 'norm-met': 'off' });
    });

    it('reports an unknown rule, a bad severity and a bad language, and keeps the rest', () => {
        const c = parseConfig('{ "rules": { "no-such-rule": "off", "norm-met": "loud", "norm-not-met": "error" }, "language": "fr" }', 'toc.config.json');
        expect(c.rules).toEqual({ 'norm-not-met': 'error' });
        expect(c.language).toBeUndefined();
        expect(c.problems).toHaveLength(3);
        expect(c.problems.join('\n')).toMatch(/unknown rule "no-such-rule"/);
        expect(c.problems.join('\n')).toMatch(/rule "norm-met" takes off, hint, info, warning or error/);
        expect(c.problems.join('\n')).toMatch(/"language" takes "nl" or "en"/);
    });

    it('refuses to soften syntax errors and unresolved names', () => {
        const c = parseConfig('{ "rules": { "syntax-error": "off", "unresolved-reference": "hint" } }');
        expect(c.rules).toEqual({});
        expect(c.problems).toEqual([
            'toc.config.json: rule "syntax-error" is always an error',
            'toc.config.json: rule "unresolved-reference" is always an error',
        ]);
    });

    it('reports text that is not JSON, or JSON that is not an object', () => {
        expect(parseConfig('{ rules: }').problems[0]).toMatch(/not valid JSON/);
        expect(parseConfig('[]').problems.length + parseConfig('3').problems.length).toBeGreaterThanOrEqual(1);
        expect(parseConfig('3').problems[0]).toMatch(/expected an object/);
        expect(parseConfig('{ "rules": 3 }').problems[0]).toMatch(/"rules" must be an object/);
    });
});
