/**
 * What leads to an element and what it leads to, from the model's contributions: for focus mode, collapsing a
 * goal's subtree and filters. Pure (no DOM), so it is tested without a browser.
 */
import type { TheoryJson } from 'toc-language/model';

export interface Reach {
    /** Elements that contribute, directly or through others, to the element. */
    upstream(id: string): Set<string>;
    /** Elements the element contributes to, directly or through others. */
    downstream(id: string): Set<string>;
}

export function reach(model: TheoryJson): Reach {
    const into = new Map<string, string[]>();
    const outOf = new Map<string, string[]>();
    for (const c of model.contributions) {
        (into.get(c.to) ?? into.set(c.to, []).get(c.to)!).push(c.from);
        (outOf.get(c.from) ?? outOf.set(c.from, []).get(c.from)!).push(c.to);
    }
    const walk = (start: string, next: Map<string, string[]>): Set<string> => {
        const seen = new Set<string>();
        const todo = [start];
        while (todo.length) {
            for (const n of next.get(todo.pop()!) ?? []) {
                if (n !== start && !seen.has(n)) {
                    seen.add(n);
                    todo.push(n);
                }
            }
        }
        return seen;
    };
    return { upstream: id => walk(id, into), downstream: id => walk(id, outOf) };
}

/** Focus on `id`: the element, what leads to it and what it leads to. */
export function focusSet(model: TheoryJson, id: string): Set<string> {
    const r = reach(model);
    return new Set([id, ...r.upstream(id), ...r.downstream(id)]);
}

/**
 * The elements a collapsed goal hides: everything that leads to it and to nothing else that stays visible.
 * An action that also works on another goal stays.
 */
export function hiddenBy(model: TheoryJson, collapsed: Iterable<string>): Set<string> {
    const r = reach(model);
    const targets = new Map<string, string[]>();
    for (const c of model.contributions) (targets.get(c.from) ?? targets.set(c.from, []).get(c.from)!).push(c.to);
    const hidden = new Set<string>();
    const kept = new Set(collapsed);
    for (const goal of kept) for (const id of r.upstream(goal)) if (!kept.has(id)) hidden.add(id);
    // Whatever still contributes to a visible element outside the collapsed subtrees stays visible.
    for (let changed = true; changed;) {
        changed = false;
        for (const id of hidden) {
            if ((targets.get(id) ?? []).some(t => !hidden.has(t) && !kept.has(t))) {
                hidden.delete(id);
                changed = true;
            }
        }
    }
    return hidden;
}

/** The model without the hidden elements and their arrows: what the diagram draws while goals are collapsed. */
export function withoutHidden(model: TheoryJson, hidden: Set<string>): TheoryJson {
    if (hidden.size === 0) return model;
    return {
        ...model,
        elements: model.elements.filter(e => !hidden.has(e.id)),
        contributions: model.contributions.filter(c => !hidden.has(c.from) && !hidden.has(c.to)),
    };
}
