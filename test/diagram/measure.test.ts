import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DefaultTextMeasurer, wrapAndClamp, wrapText } from 'toc-diagram';

const measure = new DefaultTextMeasurer();
const style = { size: 12 };

describe('text measuring and wrapping', () => {
    it('measures wider for bold, emoji and longer text', () => {
        expect(measure.width('Doel', { size: 14, bold: true })).toBeGreaterThan(measure.width('Doel', { size: 14 }));
        expect(measure.width('iiii', style)).toBeLessThan(measure.width('WWWW', style));
        expect(measure.width('🎉', style)).toBeGreaterThanOrEqual(12);
    });

    it('never makes a line wider than the box, and loses no words', () => {
        fc.assert(fc.property(fc.array(fc.string({ minLength: 1, maxLength: 40 }).map(s => s.replace(/[\s-]/g, 'x')), { maxLength: 30 }), fc.integer({ min: 40, max: 300 }), (words, width) => {
            const text = words.join(' ');
            const lines = wrapText(text, width, style, measure);
            for (const line of lines) {
                // a single character wider than the box is the only allowed overflow
                if (Array.from(line).length > 1) expect(measure.width(line, style)).toBeLessThanOrEqual(width);
            }
            // The only characters added are the hyphens of a broken word.
            expect(lines.join('').replace(/[ -]/g, '')).toBe(text.replace(/ /g, ''));
        }));
    });

    it('splits a long name at a capital where it can', () => {
        const lines = wrapText('SocialeContactenVanJongeGezinnenInDeBuurt', 150, { size: 14, bold: true }, measure);
        expect(lines.length).toBeGreaterThan(1);
        for (const l of lines.slice(0, -1)) expect(l).toMatch(/\p{Ll}$/u);
    });

    it('breaks a long word with a hyphen before a syllable, two letters at least on each side', () => {
        const label = { size: 13, bold: true };
        const lines = wrapText('Ontmoetingsruimte', 90, label, measure);
        expect(lines.length).toBeGreaterThan(1);
        expect(lines.join('').replace(/-/g, '')).toBe('Ontmoetingsruimte');
        for (const l of lines.slice(0, -1)) {
            expect(l).toMatch(/\p{L}{2}-$/u);
            expect(measure.width(l, label)).toBeLessThanOrEqual(90);
        }
        // the next line starts with a consonant and a vowel: "tings", not "ingst"
        expect(lines[1]).toMatch(/^[^aeiou][aeiou]/u);
    });

    it('ends on a box too narrow for any character', () => {
        expect(wrapText('AB', -20, style, measure).join('')).toBe('AB');
        expect(wrapText('Woord', 0, style, measure).join('').replace(/-/g, '')).toBe('Woord');
    });

    it('clamps to the given number of lines with an ellipsis', () => {
        const { lines, clipped } = wrapAndClamp('een twee drie vier vijf zes zeven acht negen tien elf twaalf', 60, 2, style, measure);
        expect(clipped).toBe(true);
        expect(lines).toHaveLength(2);
        expect(lines[1]!.endsWith('…')).toBe(true);
        expect(measure.width(lines[1]!, style)).toBeLessThanOrEqual(60);
    });
});
