import type { AstNode, URI } from 'langium';
import type { Lang } from '../i18n/language.js';
import type { ModelElement, TheoryModel } from '../model/theory-model.js';
import type { RuleId } from './rules.js';

/** What a check may know and do: read the model, report against a rule. */
export interface CheckContext {
    model: TheoryModel;
    lang: Lang;
    /**
     * Report a finding. `messageKey` defaults to the rule id; `property` picks the part of the node
     * the squiggle goes under (the name by default). `data` travels to quick fixes.
     */
    report(rule: RuleId, target: ModelElement | AstNode, params: Record<string, string | number>, options?: {
        property?: string; index?: number; messageKey?: string; data?: Record<string, unknown>;
    }): void;
    /** For the follow-up checks: today (YYYY-MM-DD) and after how many months a measurement is stale. */
    followUp: { today: string; staleMonths: number };
    /** Whether a document exists at that URI (for imports). */
    exists(uri: URI): boolean;
}

export type Check = (ctx: CheckContext) => void;
