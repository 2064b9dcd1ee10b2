import type { AstNode, URI } from 'langium';
import type { Lang } from '../i18n/language.js';
import type { CheckMessageKey, CheckMessageParams } from '../i18n/messages.js';
import type { ModelElement, TheoryModel } from '../model/theory-model.js';
import type { RuleId } from './rules.js';

/** Where a finding goes: `property` picks the part of the node the squiggle goes under (the name by default). */
export interface ReportOptions {
    property?: string;
    index?: number;
    /** Travels to quick fixes. */
    data?: Record<string, unknown>;
}

/** What a check may know and do: read the model, report against a rule. */
export interface CheckContext {
    model: TheoryModel;
    lang: Lang;
    /**
     * Report a finding. The message is the rule's own, with exactly the parameters it takes (checked when
     * compiling), or the one `messageKey` names when a rule has several messages.
     */
    report<R extends RuleId & CheckMessageKey>(rule: R, target: ModelElement | AstNode, params: CheckMessageParams<R>, options?: ReportOptions): void;
    report<K extends CheckMessageKey>(rule: RuleId, target: ModelElement | AstNode, params: CheckMessageParams<K>, options: ReportOptions & { messageKey: K }): void;
    /** For the follow-up checks: today (YYYY-MM-DD) and after how many months a measurement is stale. */
    followUp: { today: string; staleMonths: number };
    /** Whether a document exists at that URI (for imports). */
    exists(uri: URI): boolean;
}

export type Check = (ctx: CheckContext) => void;
