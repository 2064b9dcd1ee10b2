/** Hand-made TheoryJson for tests that need text the language would not accept, or exact control. */
import type { ElementJson, ResultJson, TheoryJson } from 'toc-language/model';

const R = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };

export function element(id: string, kind: ElementJson['kind'], extra: Partial<ElementJson> = {}): ElementJson {
    return { id, kind, name: id, partners: [], steps: [], assumptions: [], results: [], range: R, ...extra };
}

export function result(id: string, extra: Partial<ResultJson> = {}): ResultJson {
    return { id, state: 'not-measured', indicators: [], range: R, ...extra };
}

export function theory(elements: ElementJson[], contributions: Array<[string, string, boolean?]>, extra: Partial<TheoryJson> = {}): TheoryJson {
    return {
        version: 1, uri: 'file:///t/theory.toc', lang: 'en', elements,
        contributions: contributions.map(([from, to, implicit]) => ({ from, to, implicit: implicit ?? false })),
        issues: {}, hasSyntaxErrors: false, ...extra,
    };
}
