/**
 * Crashes found by the fuzzer in code this suite does not own, not fixed yet. Each has a replaying
 * regression test written as `it.fails` (regressions.test.ts); the properties set these problems aside
 * (and count them) so that they can still find *other* crashes. When the lead fixes one, its `it.fails`
 * test starts failing: then turn it into a plain `it` and delete the entry here.
 */
export interface KnownBug {
    id: string;
    /** True for a problem line (from runPipeline) that this bug explains. */
    matches(problem: string): boolean;
}

export const KNOWN_BUGS: readonly KnownBug[] = [];

/** Problems no known bug explains; `seen` counts the known ones per id. */
export function unknownProblems(problems: string[], seen?: Map<string, number>): string[] {
    return problems.filter(p => {
        const bug = KNOWN_BUGS.find(b => b.matches(p));
        if (bug && seen) seen.set(bug.id, (seen.get(bug.id) ?? 0) + 1);
        return !bug;
    });
}
