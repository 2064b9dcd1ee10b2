/** The trend chart of the hover and the HTML plan: measurements, norm, deadline and projection drawn where they belong. */
import { describe, expect, it } from 'vitest';
import { svgDataUri, trendChartSvg } from 'toc-language';

const norm = { operator: '>=' as const, value: 40, percent: true, deadline: '2026-12', text: '≥ 40%' };

describe('trend chart', () => {
    it('draws each measurement, the norm, the deadline and the projected line, labelled in the document\'s language', () => {
        const svg = trendChartSvg({ points: [{ date: '2026-04', value: 16 }, { date: '2026-01', value: 10 }], norm, lang: 'nl', label: 'Metingen van Enquete' })!;
        expect(svg.match(/<circle /g)).toHaveLength(2);
        expect(svg).toContain('>norm ≥ 40%</text>');
        expect(svg).toContain('>termijn 2026-12</text>');
        expect(svg).toContain('<title>trend</title>');
        expect(svg).toContain('aria-label="Metingen van Enquete"');
        // Oldest first along the x axis, whatever the order given; the y axis runs from 0 to a round 50.
        const xs = [...svg.matchAll(/<circle cx="([\d.]+)" cy="([\d.]+)"/g)].map(m => [Number(m[1]), Number(m[2])]);
        expect(xs[0]![0]).toBeLessThan(xs[1]![0]!);
        expect(xs[0]![1]).toBeGreaterThan(xs[1]![1]!); // 10% lower on the page than 16%
        expect(svg).toContain('>50%</text>');
        expect(svg).toContain('>16%</text>');
        const en = trendChartSvg({ points: [{ date: '2026-01', value: 10 }], norm, lang: 'en', label: 'x' })!;
        expect(en).toContain('>deadline 2026-12</text>');
        expect(en).not.toContain('<title>trend</title>'); // one point is no trend
    });

    it('never draws NaN: a norm or a value that did not parse is left out', () => {
        const broken = { ...norm, value: Number.NaN, text: '≥ NaN%' };
        const svg = trendChartSvg({ points: [{ date: '2026-01', value: 10 }, { date: '2026-04', value: Number.NaN }, { date: '2026-06', value: 14 }], norm: broken, lang: 'nl', label: 'x' })!;
        expect(svg).not.toContain('NaN');
        expect(svg.match(/<circle /g)).toHaveLength(2);
        expect(trendChartSvg({ points: [{ date: '2026-01', value: Number.NaN }], lang: 'en', label: 'x' })).toBeUndefined();
    });

    it('draws nothing without a dated measurement, and escapes text', () => {
        expect(trendChartSvg({ points: [], norm, lang: 'en', label: 'x' })).toBeUndefined();
        expect(trendChartSvg({ points: [{ date: '2026-01', value: 1 }], lang: 'en', label: 'a<b & "c"' })).toContain('aria-label="a&lt;b &amp; &quot;c&quot;"');
    });

    it('becomes a data: URI that decodes to the same SVG, accents and ≥ included', () => {
        const svg = trendChartSvg({ points: [{ date: '2026-01', value: 1 }], norm, lang: 'nl', label: 'Enquête' })!;
        const uri = svgDataUri(svg);
        expect(uri.startsWith('data:image/svg+xml;base64,')).toBe(true);
        expect(Buffer.from(uri.split(',')[1]!, 'base64').toString('utf8')).toBe(svg);
    });
});
