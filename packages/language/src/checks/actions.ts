/** Checks on actions: when (horizon) and how we know it worked (result). */
import type { Action } from '../generated/ast.js';
import type { Check } from './check-context.js';
import { label } from './labels.js';

export const checkActions: Check = ctx => {
    for (const el of ctx.model.elements) {
        if (el.kind !== 'action') continue;
        const node = el.node as Action;
        if (!node.horizon) ctx.report('action-without-horizon', el, { el: label(ctx, el) }, { data: { lang: ctx.lang } });
        if (node.results.length === 0) ctx.report('action-without-result', el, { el: label(ctx, el) }, { data: { lang: ctx.lang } });
    }
};
