/** The canonical layout: idempotent, white space only, comments kept, independent of the input's white space. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatEdits, formatText, formatTextSync } from '../../packages/language/src/lsp/format-text.js';
import { examples, syntaxErrors, validated } from './support.js';

const squash = (s: string) => s.replace(/\s+/g, '');

describe('formatting the examples', () => {
    const all = examples();
    it('finds the examples', () => {
        expect(all.length).toBeGreaterThan(0);
    });
    for (const [name, text] of all) {
        it(`${name}: formatted twice equals formatted once, only white space changed, still parses`, async () => {
            const once = await formatText(text);
            expect(await formatText(once)).toBe(once);
            expect(formatEdits(once)).toEqual([]);
            expect(squash(once)).toBe(squash(text));
            expect(syntaxErrors(await validated(once))).toEqual([]);
        });
    }
});

describe('the layout', () => {
    it('indents by four spaces, one element per line, one blank line between top-level elements', () => {
        const messy = [
            'theorie "T"   visie "V"',
            'import "a.toc"  import "b.toc"',
            'uitdaging A "a"  doel B->A,C "b"{tussendoel C "c" {',
            'resultaat "r"{norm >= 80 % tegen 2027-06 indicator "i"{meting 2026-03 24 %}}}',
            '  actie D KT->C "d" { trekker "x" partner "p" }}',
            'meting Ind 2026-01 3  meting Ind 2026-02 4',
        ].join('\n');
        expect(formatTextSync(messy)).toBe([
            'theorie "T"',
            'visie "V"',
            '',
            'import "a.toc"',
            'import "b.toc"',
            '',
            'uitdaging A "a"',
            '',
            'doel B -> A, C "b" {',
            '    tussendoel C "c" {',
            '        resultaat "r" {',
            '            norm >= 80% tegen 2027-06',
            '            indicator "i" {',
            '                meting 2026-03 24%',
            '            }',
            '        }',
            '    }',
            '    actie D KT -> C "d" {',
            '        trekker "x"',
            '        partner "p"',
            '    }',
            '}',
            '',
            'meting Ind 2026-01 3',
            'meting Ind 2026-02 4',
            '',
        ].join('\n'));
    });

    it('keeps every comment where it belongs: own line, trailing, block comments verbatim', () => {
        const text = [
            '// De uitdaging',
            'uitdaging A "a" // achteraan',
            '/* een',
            '   blok */',
            'doel B -> A "b" {   // na de accolade',
            '        // binnenin',
            '  tussendoel C "c" /* midden */ -> B',
            '}',
        ].join('\n');
        const out = formatTextSync(text);
        expect(out).toBe([
            '// De uitdaging',
            'uitdaging A "a" // achteraan',
            '',
            '/* een',
            '   blok */',
            'doel B -> A "b" { // na de accolade',
            '    // binnenin',
            '    tussendoel C "c" /* midden */ -> B',
            '}',
            '',
        ].join('\n'));
        expect(formatTextSync(out)).toBe(out);
    });

    it('keeps one blank line inside a block where the writer left some', () => {
        const text = 'doel B {\n    tussendoel C\n\n\n\n    tussendoel D\n}\n';
        expect(formatTextSync(text)).toBe('doel B {\n    tussendoel C\n\n    tussendoel D\n}\n');
    });

    it('leaves a text with an unclosed quote or block comment alone', () => {
        expect(formatTextSync('doel   A "nog open')).toBe('doel   A "nog open');
        expect(formatTextSync('doel   A /* nog open')).toBe('doel   A /* nog open');
    });

    it('keeps CRLF line ends', () => {
        expect(formatTextSync('uitdaging A "a"\r\ndoel B -> A "b"\r\n')).toBe('uitdaging A "a"\r\n\r\ndoel B -> A "b"\r\n');
    });

    it('does not join tokens that would read differently: 5 ,5 stays two numbers', () => {
        const out = formatTextSync('resultaat { norm 5 ,5 }');
        expect(out).toContain('5, 5');
    });

    it('gives the same layout whatever white space the writer used (property)', () => {
        const [, text] = examples().find(([n]) => n.endsWith('zorgzame-buurt.toc'))!;
        const canonical = formatTextSync(text);
        // Re-join the words of the canonical text with random white space (no blank lines inside blocks,
        // no comments in this example): the formatter must give back the canonical text.
        const pieces = canonical.split(/("(?:\\.|[^"\\])*")/);
        fc.assert(fc.property(fc.array(fc.constantFrom(' ', '  ', '\t', '\n', ' \n  ', '\n\t'), { minLength: 1, maxLength: 500 }), spaces => {
            let k = 0;
            const perturbed = pieces.map((p, i) => i % 2 === 1 ? p : p.replace(/[ \t]*\n[ \t]*\n?[ \t]*|[ \t]+/g, () => spaces[k++ % spaces.length]!)).join('');
            expect(formatTextSync(perturbed)).toBe(canonical);
        }), { numRuns: 50 });
    });
});
