/**
 * The action plan as seed 003 ends the method: per goal, the actions that work toward it, each with
 * what it contributes to, its results (norm, status), indicators (latest measurement), owner,
 * partners, first steps and priority. Built from TheoryJson only, so every output format (Markdown,
 * HTML, CSV) reads one and the same plan.
 *
 * An action that serves several goals is described in full under the first goal (in text order) and
 * named with a pointer under the others: each goal's section still lists every action that carries
 * it, and nobody reads the same results table twice.
 */
import type { ElementJson, IndicatorJson, MeasurementJson, ResultJson, TheoryJson } from 'toc-language/model';
import type { FileDiagnostic } from 'toc-language/node';

export interface PlanAction {
    action: ElementJson;
    /** What the action contributes to directly (arrows and nesting). */
    targets: ElementJson[];
    /** Every goal it reaches, directly or through subgoals, in text order. */
    goals: ElementJson[];
}

export interface PlanGoalEntry {
    entry: PlanAction;
    /** False when the action is described in full under an earlier goal. */
    full: boolean;
    /** The goal it is described under, when not here. */
    describedUnder?: ElementJson;
}

export interface PlanSubgoal {
    subgoal: ElementJson;
    /** True when at least one action reaches it (of this file or of a file importing it). */
    carried: boolean;
}

export interface PlanGoal {
    goal: ElementJson;
    challenges: ElementJson[];
    subgoals: PlanSubgoal[];
    actions: PlanGoalEntry[];
    /** Actions of files importing this one that work toward the goal: it is carried, though not from here. */
    carriedFromElsewhere: ElementJson[];
}

export interface PlanSummary {
    goals: number;
    goalsCarried: number;
    actions: number;
    met: number;
    notMet: number;
    notMeasured: number;
    withoutNorm: number;
}

export interface Plan {
    theory: TheoryJson;
    goals: PlanGoal[];
    /** Actions that reach no goal. */
    unlinked: PlanAction[];
    /** Every action of the file, in text order. */
    actions: PlanAction[];
    summary: PlanSummary;
    /** Errors and warnings of the checks: what is still open. */
    openPoints: FileDiagnostic[];
}

export function buildPlan(theory: TheoryJson, diagnostics: FileDiagnostic[]): Plan {
    const byId = new Map(theory.elements.map(e => [e.id, e]));
    const order = new Map(theory.elements.map((e, i) => [e.id, i]));
    const out = new Map<string, string[]>();
    for (const c of theory.contributions) (out.get(c.from) ?? out.set(c.from, []).get(c.from)!).push(c.to);

    /** Everything an element reaches by following contributions (cycles are tolerated); once per element. */
    const reached = new Map<string, Set<string>>();
    const reach = (id: string): Set<string> => {
        const known = reached.get(id);
        if (known) return known;
        const seen = new Set<string>();
        const stack = [...(out.get(id) ?? [])];
        while (stack.length) {
            const next = stack.pop()!;
            if (seen.has(next)) continue;
            seen.add(next);
            stack.push(...(out.get(next) ?? []));
        }
        reached.set(id, seen);
        return seen;
    };
    const inOrder = (ids: Iterable<string>): ElementJson[] =>
        [...new Set(ids)].map(id => byId.get(id)).filter((e): e is ElementJson => !!e).sort((a, b) => order.get(a.id)! - order.get(b.id)!);

    const local = theory.elements.filter(e => !e.external);
    const actions: PlanAction[] = local.filter(e => e.kind === 'action').map(action => {
        const reachedIds = reach(action.id);
        return {
            action,
            targets: inOrder(out.get(action.id) ?? []),
            goals: inOrder([...reachedIds].filter(id => byId.get(id)?.kind === 'goal')),
        };
    });
    const reachedByActions = new Set<string>();
    for (const a of actions) for (const id of reach(a.action.id)) reachedByActions.add(id);
    // Whether a goal or subgoal is carried is the model's answer (the checks read the same one); an
    // imported goal has none, and is carried here when this file's actions reach it.
    const carriedBy = (e: ElementJson): string[] => e.carriedBy ?? [];
    const carried = (e: ElementJson): boolean => carriedBy(e).length > 0 || reachedByActions.has(e.id);

    // Goals of this file, then imported goals that an action of this file works toward.
    const goalIds = new Set(local.filter(e => e.kind === 'goal').map(e => e.id));
    for (const a of actions) for (const g of a.goals) goalIds.add(g.id);
    // Per goal, in one pass each (a filter per goal was quadratic: 15,000 goals took minutes).
    const subgoalsOf = new Map<string, ElementJson[]>();
    for (const sg of local) {
        if (sg.kind !== 'subgoal') continue;
        for (const id of reach(sg.id)) if (goalIds.has(id)) (subgoalsOf.get(id) ?? subgoalsOf.set(id, []).get(id)!).push(sg);
    }
    const actionsOf = new Map<string, PlanAction[]>();
    for (const a of actions) for (const g of a.goals) (actionsOf.get(g.id) ?? actionsOf.set(g.id, []).get(g.id)!).push(a);
    const describedUnder = new Map<string, ElementJson>();
    const goals: PlanGoal[] = [...goalIds].map(id => byId.get(id)!).map(goal => {
        const subgoals = (subgoalsOf.get(goal.id) ?? []).map(subgoal => ({ subgoal, carried: carried(subgoal) }));
        const entries: PlanGoalEntry[] = (actionsOf.get(goal.id) ?? []).map(entry => {
            const first = describedUnder.get(entry.action.id);
            if (first) return { entry, full: false, describedUnder: first };
            describedUnder.set(entry.action.id, goal);
            return { entry, full: true };
        });
        const challenges = inOrder([...reach(goal.id)].filter(id => byId.get(id)?.kind === 'challenge'));
        const carriedFromElsewhere = inOrder(carriedBy(goal)).filter(a => a.external);
        return { goal, challenges, subgoals, actions: entries, carriedFromElsewhere };
    });

    const results = local.flatMap(e => e.results);
    const summary: PlanSummary = {
        goals: goals.length,
        goalsCarried: goals.filter(g => carried(g.goal)).length,
        actions: actions.length,
        met: results.filter(r => r.state === 'met').length,
        notMet: results.filter(r => r.state === 'not-met').length,
        notMeasured: results.filter(r => r.state === 'not-measured').length,
        withoutNorm: results.filter(r => !r.norm).length,
    };
    return {
        theory, goals, actions, summary,
        unlinked: actions.filter(a => a.goals.length === 0),
        openPoints: diagnostics.filter(d => d.severity === 'error' || d.severity === 'warning'),
    };
}

/** The measurement that counts for an indicator: its latest, else its baseline. */
export function latestOf(indicator: IndicatorJson): MeasurementJson | undefined {
    return indicator.measurements[indicator.measurements.length - 1];
}

/** A result's title: its description, else its name, else its id. */
export function resultTitle(result: ResultJson): string {
    return result.description ?? result.name ?? result.id;
}

export function indicatorTitle(indicator: IndicatorJson): string {
    return indicator.description ?? indicator.name ?? indicator.id;
}
