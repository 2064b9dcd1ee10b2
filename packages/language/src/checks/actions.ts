/** Checks on actions: when (horizon) and how we know it worked (result). */
import type { Action } from '../generated/ast.js';
import type { Check } from './check-context.js';
import { label } from './labels.js';

/** A horizon belongs to actions; on a goal or subgoal it is a mistake in the text, reported as such. */
export const checkHorizonPlacement: Check = ctx => {
    for (const el of ctx.model.elements) {
        const horizon = (el.node as { horizon?: string }).horizon;
        if (horizon && (el.kind === 'goal' || el.kind === 'subgoal')) {
            ctx.report('syntax-error', el, { horizon }, { property: 'horizon', messageKey: 'horizon-only-for-actions' });
        }
    }
};

export const checkActions: Check = ctx => {
    for (const el of ctx.model.elements) {
        if (el.kind !== 'action') continue;
        const node = el.node as Action;
        if (!node.horizon) ctx.report('action-without-horizon', el, { el: label(ctx, el) }, { data: { lang: ctx.lang } });
        if (node.results.length === 0) ctx.report('action-without-result', el, { el: label(ctx, el) }, { data: { lang: ctx.lang } });
    }
};
