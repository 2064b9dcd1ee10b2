/** Checks on the chain challenge <- goal <- subgoal <- action: what is reached, what reaches nothing, circles. */
import type { Check } from './check-context.js';
import { label } from './labels.js';
import type { ModelElement, TheoryModel } from '../model/theory-model.js';

export const checkReachedByActions: Check = ctx => {
    const { model } = ctx;
    for (const el of model.elements) {
        if (el.kind !== 'goal' && el.kind !== 'subgoal') continue;
        if (model.actionsReaching(el).length > 0 || carriedElsewhere(model, el)) continue;
        ctx.report(el.kind === 'goal' ? 'goal-without-action' : 'subgoal-without-action', el, { el: label(ctx, el), name: el.id });
    }
};

/**
 * A subgoal in a file importing this one that contributes here (directly or through this file's
 * subgoals): the check of that file says whether an action carries it.
 */
function carriedElsewhere(model: TheoryModel, el: ModelElement): boolean {
    const seen = new Set<ModelElement>();
    const stack = [el];
    while (stack.length > 0) {
        for (const c of model.incoming(stack.pop()!)) {
            if (c.from.external && c.from.kind === 'subgoal') return true;
            if (!seen.has(c.from)) { seen.add(c.from); stack.push(c.from); }
        }
    }
    return false;
}

export const checkDangling: Check = ctx => {
    const { model } = ctx;
    for (const el of model.elements) {
        const out = model.outgoing(el);
        if (el.kind === 'action' && out.length === 0 && !hasWrittenTargets(el)) {
            ctx.report('action-without-target', el, { el: label(ctx, el) });
        }
        if (el.kind === 'goal' && !out.some(c => c.to.kind === 'challenge') && !hasWrittenTargets(el)) {
            ctx.report('goal-without-challenge', el, { el: label(ctx, el) });
        }
        if (el.kind === 'challenge' && !model.incoming(el).some(c => c.from.kind === 'goal')) {
            ctx.report('challenge-without-goal', el, { el: label(ctx, el), name: el.id });
        }
    }
};

/** An arrow whose target is misspelled already gets an unresolved-name error; don't pile on. */
function hasWrittenTargets(el: ModelElement): boolean {
    const targets = (el.node as { targets?: unknown[] }).targets;
    return Array.isArray(targets) && targets.length > 0;
}

/** Strongly connected components (Tarjan) of the contribution graph; each one larger than a node is a circle. */
export const checkCycles: Check = ctx => {
    const { model } = ctx;
    const nodes = model.elements.filter(e => e.kind !== 'result' && e.kind !== 'indicator');
    const index = new Map<ModelElement, number>();
    const low = new Map<ModelElement, number>();
    const onStack = new Set<ModelElement>();
    const stack: ModelElement[] = [];
    let counter = 0;
    const components: ModelElement[][] = [];

    // Iterative, so a very long chain cannot overflow the call stack.
    for (const start of nodes) {
        if (index.has(start)) continue;
        const work: Array<{ el: ModelElement; i: number }> = [{ el: start, i: 0 }];
        index.set(start, counter); low.set(start, counter); counter++;
        stack.push(start); onStack.add(start);
        for (let frame = work.at(-1); frame; frame = work.at(-1)) {
            const edge = model.outgoing(frame.el)[frame.i];
            if (edge) {
                frame.i++;
                const next = edge.to;
                if (next.external) continue;
                if (!index.has(next)) {
                    index.set(next, counter); low.set(next, counter); counter++;
                    stack.push(next); onStack.add(next);
                    work.push({ el: next, i: 0 });
                } else if (onStack.has(next)) {
                    low.set(frame.el, Math.min(low.get(frame.el)!, index.get(next)!));
                }
            } else {
                work.pop();
                const parent = work.at(-1)?.el;
                if (parent) low.set(parent, Math.min(low.get(parent)!, low.get(frame.el)!));
                if (low.get(frame.el) === index.get(frame.el)) {
                    const component: ModelElement[] = [];
                    let x: ModelElement;
                    do { x = stack.pop()!; onStack.delete(x); component.push(x); } while (x !== frame.el);
                    // One element alone is frame.el: a cycle when it contributes to itself.
                    if (component.length > 1 || model.outgoing(frame.el).some(c => c.to === frame.el)) components.push(component);
                }
            }
        }
    }

    for (const component of components) {
        const members = new Set(component);
        const ordered = model.elements.filter(e => members.has(e));
        const first = ordered[0];
        if (!first) continue;
        const cycle = describeCycle(model, first, members);
        for (const el of ordered) ctx.report('contribution-cycle', el, { cycle });
    }
};

/** "A → B → A", walking arrows inside the component from its first element. */
function describeCycle(model: TheoryModel, first: ModelElement, members: Set<ModelElement>): string {
    const path = [first];
    const seen = new Set([first]);
    let current = first;
    for (;;) {
        const next = model.outgoing(current).map(c => c.to).find(t => members.has(t) && (t === first || !seen.has(t)));
        if (!next) break;
        path.push(next);
        if (next === first) break;
        seen.add(next);
        current = next;
    }
    return path.map(e => e.id).join(' → ');
}
