/** Filters by horizon, owner and status: what stays clear; the rest of the picture fades. */
import type { ElementJson, ResultStateJson, TheoryJson } from 'toc-language/model';
import { reach } from './reach.js';

export interface Filters {
    /** A horizon as written (KT, MLT, LT, ST, MT), or '' for all. */
    horizon?: string;
    /** An owner (trekker), or '' for all. */
    owner?: string;
    /** A result state, or '' for all. */
    status?: ResultStateJson | '';
}

export function filtersActive(f: Filters): boolean {
    return Boolean(f.horizon || f.owner || f.status);
}

/** The choices each filter offers for this model, in text order. */
export function filterChoices(model: TheoryJson): { horizons: string[]; owners: string[]; statuses: ResultStateJson[] } {
    const own = model.elements.filter(e => !e.external);
    const unique = <T>(xs: (T | undefined)[]): T[] => [...new Set(xs.filter((x): x is T => x !== undefined && x !== ''))];
    return {
        horizons: unique(own.map(e => e.horizonLabel)),
        owners: unique(own.map(e => e.owner)),
        statuses: unique(own.flatMap(e => e.results.map(r => r.state))),
    };
}

function matches(e: ElementJson, f: Filters): boolean {
    if (f.horizon && e.horizonLabel !== f.horizon) return false;
    if (f.owner && e.owner !== f.owner) return false;
    if (f.status && !e.results.some(r => r.state === f.status)) return false;
    return true;
}

/**
 * The elements that stay clear: those that match every active filter, and what they lead to (so a matching
 * action keeps its goals and challenge in view). Undefined when no filter is active.
 */
export function clearElements(model: TheoryJson, f: Filters): Set<string> | undefined {
    if (!filtersActive(f)) return undefined;
    const r = reach(model);
    const clear = new Set<string>();
    for (const e of model.elements) {
        if (!matches(e, f)) continue;
        clear.add(e.id);
        for (const d of r.downstream(e.id)) clear.add(d);
    }
    return clear;
}
