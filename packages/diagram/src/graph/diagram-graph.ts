/** The diagram graph: what the picture shows, before any sizes or positions. Ids are the model's element ids. */
import type { ElementKindJson, HorizonJson, IssueJson, LangJson, RangeJson, ResultStateJson } from 'toc-language/model';

export type Direction = 'right' | 'down';

export interface DiagramGraph {
    lang: LangJson;
    title?: string;
    vision?: string;
    hasSyntaxErrors: boolean;
    showResults: boolean;
    /** Boxes with description, owner and result cards; false (the default): compact boxes, results as lights. */
    details: boolean;
    /**
     * Compact boxes this wide (px), long words broken with a hyphen rather than widening the box: chosen by
     * the preview so a theory fits a narrow panel readably (layout/fit.ts). Unset: COMPACT_WIDTH, growing for a long word.
     */
    boxWidth?: number;
    /**
     * At most this many boxes in one column: a taller column is wrapped into sub-columns side by side, chosen by
     * the preview so a theory with one long column (34 actions) still fits a panel readably (layout/fit.ts). Unset: no wrapping.
     */
    columnLimit?: number;
    /** Challenges, goals, subgoals and actions in text order (imported ones last). */
    nodes: DiagramNode[];
    edges: DiagramEdge[];
}

export interface DiagramNode {
    /** The element id (its name): stable across edits. */
    id: string;
    kind: ElementKindJson;
    name: string;
    /** The name read as words ("Sociale contacten"): what the box shows (graph/label.ts). */
    label: string;
    description?: string;
    horizon?: HorizonJson;
    /** As written: KT, MLT, LT, ST or MT. */
    horizonLabel?: string;
    owner?: string;
    partners: string[];
    /** File name of the imported file it comes from; drawn dimmed. */
    external?: string;
    issues: IssueJson[];
    /** Empty when results are hidden. Compact boxes show them as lights, detailed ones as cards. */
    results: ResultCard[];
    range: RangeJson;
}

export interface ResultCard {
    id: string;
    /** The name when written, else the description, else empty. */
    text: string;
    /** Full text for the hover. */
    fullText: string;
    state: ResultStateJson;
    /** "≥ 30%", with the deadline when there is one. */
    normText?: string;
    /** "34% (2026-09)". */
    latestText?: string;
    indicators: IndicatorCard[];
    range: RangeJson;
}

export interface IndicatorCard {
    id: string;
    text: string;
    fullText: string;
    latestText?: string;
    range: RangeJson;
}

export interface DiagramEdge {
    /** `from->to`. */
    id: string;
    /** The contributing element (arrow tail). */
    from: string;
    /** What it contributes to (arrow head). */
    to: string;
    /** Written by nesting rather than by an arrow: drawn lighter. */
    implicit: boolean;
}

export function edgeId(from: string, to: string): string {
    return `${from}->${to}`;
}
