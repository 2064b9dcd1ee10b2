/** A hint: a plan is read by people who did not write it. */
import type { Check } from './check-context.js';
import { label } from './labels.js';

export const checkDescriptions: Check = ctx => {
    for (const el of ctx.model.elements) {
        // Unnamed results and indicators say nothing without one; named ones may lean on the name.
        if (el.description !== undefined && el.description.trim() !== '') continue;
        const property = el.name ? 'name' : 'keyword';
        ctx.report('missing-description', el, { el: label(ctx, el) }, { property });
    }
};
