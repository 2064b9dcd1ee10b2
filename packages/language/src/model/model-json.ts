/**
 * The resolved theory as plain data: what `toc export json` writes, what the language server sends to
 * the diagram preview (`toc/diagram`), and what the diagram package draws. No langium types here, so
 * the webview and other tools can import it without the language. docs/model-json.md documents it.
 */
export type ElementKindJson = 'challenge' | 'goal' | 'subgoal' | 'action';
export type HorizonJson = 'short' | 'medium' | 'long';
export type PriorityJson = 'high' | 'medium' | 'low';
export type ResultStateJson = 'met' | 'not-met' | 'not-measured';
export type LangJson = 'en' | 'nl';

export interface PositionJson { line: number; character: number }
/** 0-based, as in LSP. */
export interface RangeJson { start: PositionJson; end: PositionJson }

export interface QuantityJson {
    value: number;
    percent: boolean;
    /** Unit words after the number, e.g. "gezinnen". */
    unit?: string;
}

export interface MeasurementJson extends QuantityJson {
    /** YYYY-MM or YYYY-MM-DD. */
    date?: string;
    /** The value as a reader writes it, in the document's language: "34%", "2,5 dagen". */
    text: string;
}

export interface NormJson extends QuantityJson {
    operator: '>=' | '<=' | '>' | '<' | '=';
    deadline?: string;
    /** As a reader would write it: "≥ 30%". */
    text: string;
}

export interface IndicatorJson {
    id: string;
    name?: string;
    description?: string;
    baseline?: MeasurementJson;
    /** Oldest first, including measurements written at top level. */
    measurements: MeasurementJson[];
    range: RangeJson;
}

export interface ResultJson {
    id: string;
    name?: string;
    description?: string;
    norm?: NormJson;
    state: ResultStateJson;
    /** The measurement the state is judged on. */
    latest?: MeasurementJson;
    indicators: IndicatorJson[];
    range: RangeJson;
}

export interface ElementJson {
    /** Stable: the element's name (names are unique in a file). */
    id: string;
    kind: ElementKindJson;
    name: string;
    description?: string;
    /** The goal or subgoal it is written inside, if any. */
    parent?: string;
    horizon?: HorizonJson;
    /** The horizon as written (KT, MLT, LT, ST, MT). */
    horizonLabel?: string;
    owner?: string;
    partners: string[];
    priority?: PriorityJson;
    steps: string[];
    assumptions: string[];
    results: ResultJson[];
    /** Range of the name, for reveal-on-click. */
    range: RangeJson;
    /** The whole element as written, nested blocks included (absent for imported elements): which box the cursor is in. */
    extent?: RangeJson;
    /** Set when the element lives in an imported file: that file's URI. */
    external?: string;
    /**
     * Goals and subgoals: the ids of the actions whose contributions reach it, directly or through
     * subgoals, of this file or of a file importing it (empty: no action works toward it). The same
     * answer the checks give (goal-without-action), so no report has to work it out again.
     */
    carriedBy?: string[];
}

export interface ContributionJson {
    from: string;
    to: string;
    /** True when it comes from nesting rather than an arrow. */
    implicit: boolean;
}

export interface IssueJson {
    rule: string;
    severity: 'error' | 'warning' | 'info' | 'hint';
    message: string;
}

export interface TheoryJson {
    version: 1;
    uri: string;
    lang: LangJson;
    title?: string;
    vision?: string;
    /** Challenges, goals, subgoals and actions: this file's in text order, then the imported ones it refers to. */
    elements: ElementJson[];
    contributions: ContributionJson[];
    /** Diagnostics per element id (checks that concern an element), for markers in the diagram. */
    issues: Record<string, IssueJson[]>;
    /** True when the text has syntax errors: the model is then partial. */
    hasSyntaxErrors: boolean;
}
