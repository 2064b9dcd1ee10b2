/** What a user sees of the preview's boxes: shared by the browser tests and the real-VS-Code tests. */
import type { Frame, Page } from 'playwright-core';

export interface OnScreen {
    /** The smallest box name on screen, in CSS px (font size times every scale above it). */
    smallestName: number;
    /** Boxes not wholly inside the preview's frame. */
    outside: string[];
    boxes: number;
}

export function onScreen(where: Page | Frame): Promise<OnScreen> {
    return where.evaluate(() => {
        const f = document.querySelector('.toc-frame')!.getBoundingClientRect();
        let smallestName = Infinity;
        const outside: string[] = [];
        const nodes = [...document.querySelectorAll<SVGGElement>('.toc-node[data-toc-id]')];
        for (const g of nodes) {
            for (const t of g.querySelectorAll<SVGTextElement>('.toc-name')) {
                const m = t.getScreenCTM()!;
                smallestName = Math.min(smallestName, Number(t.getAttribute('font-size')) * Math.hypot(m.a, m.b));
            }
            const r = g.querySelector('.toc-box')!.getBoundingClientRect();
            if (r.left < f.left - 0.5 || r.top < f.top - 0.5 || r.right > f.right + 0.5 || r.bottom > f.bottom + 0.5) outside.push(g.dataset.tocId!);
        }
        return { smallestName, outside, boxes: nodes.length };
    });
}
