/** One name, one element, in a file: otherwise an arrow could mean either. */
import type { Check } from './check-context.js';
import type { ModelElement } from '../model/theory-model.js';

export const checkDuplicateNames: Check = ctx => {
    const byName = new Map<string, ModelElement[]>();
    for (const el of ctx.model.elements) {
        if (!el.name) continue;
        (byName.get(el.name) ?? byName.set(el.name, []).get(el.name)!).push(el);
    }
    for (const [name, els] of byName) {
        if (els.length < 2) continue;
        for (const el of els) {
            const other = els.find(o => o !== el)!;
            const line = (other.node.$cstNode?.range.start.line ?? 0) + 1;
            ctx.report('duplicate-name', el, { name, line });
        }
    }
};
