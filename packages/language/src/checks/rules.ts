/** The catalogue of checks: one stable id each, with the severity a team gets unless it chooses another. */
export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';

export const RULES = {
    'goal-without-action': 'warning',
    'subgoal-without-action': 'warning',
    'action-without-target': 'warning',
    'action-without-horizon': 'warning',
    'action-without-result': 'warning',
    'result-without-indicator': 'warning',
    'result-without-norm': 'warning',
    'goal-without-challenge': 'warning',
    'challenge-without-goal': 'warning',
    'norm-out-of-range': 'error',
    'contribution-cycle': 'error',
    'duplicate-name': 'error',
    'norm-not-met': 'warning',
    // Good news: it stays in inlay hints, hovers and the diagram's light; a team may switch it on.
    'norm-met': 'off',
    'missing-description': 'hint',
    'more-than-one-norm': 'error',
    'import-not-found': 'error',
    'placeholder': 'warning',
    'measurement-stale': 'info',
    'deadline-passed': 'warning',
    'norm-at-risk': 'warning',
    // Not configurable: the text cannot be understood without fixing these.
    'syntax-error': 'error',
    'unresolved-reference': 'error',
} as const satisfies Record<string, SeveritySetting>;

export type RuleId = keyof typeof RULES;

/** Rules a team may not switch off or soften: without them the rest cannot be trusted. */
export const FIXED_RULES: ReadonlySet<RuleId> = new Set(['syntax-error', 'unresolved-reference']);

export function isRuleId(id: string): id is RuleId {
    return Object.prototype.hasOwnProperty.call(RULES, id);
}
