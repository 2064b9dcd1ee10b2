/** Checks on results: a norm, an indicator, and the status of the latest measurement against the norm. */
import type { Result } from '../generated/ast.js';
import { formatQuantity, operatorSymbol } from '../model/quantity.js';
import type { Check } from './check-context.js';
import { label } from './labels.js';

export const checkResults: Check = ctx => {
    for (const el of ctx.model.elements) {
        if (el.kind !== 'result') continue;
        const node = el.node as Result;
        const property = node.name ? 'name' : 'keyword';
        if (node.norms.length === 0) ctx.report('result-without-norm', el, { el: label(ctx, el) }, { property });
        if (node.norms.length > 1) {
            node.norms.slice(1).forEach(norm => ctx.report('more-than-one-norm', norm, { el: label(ctx, el), count: node.norms.length }, { property: 'keyword' }));
        }
        if (node.indicators.length === 0) ctx.report('result-without-indicator', el, { el: label(ctx, el) }, { property });

        const status = ctx.model.statusOf(el);
        if (status.state !== 'not-measured' && status.norm && status.latest) {
            const params = {
                el: label(ctx, el),
                value: formatQuantity(status.latest, ctx.lang),
                date: status.latest.date ?? '—',
                norm: `${operatorSymbol(status.norm.operator)} ${formatQuantity(status.norm, ctx.lang)}`,
            };
            ctx.report(status.state === 'met' ? 'norm-met' : 'norm-not-met', el, params, { property });
        }
    }
};
