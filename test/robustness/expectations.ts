/** Compares a TheoryJson with what the generator wrote: every element, text, arrow and result is there, exactly. */
import type { TheoryJson } from 'toc-language';
import type { ExpectedTheory } from './theory-arbitraries.js';

export function lostProblems(json: TheoryJson, expected: ExpectedTheory): string[] {
    const problems: string[] = [];
    const same = (what: string, actual: unknown, wanted: unknown) => {
        if (JSON.stringify(actual) !== JSON.stringify(wanted)) problems.push(`${what}: got ${JSON.stringify(actual)}, wrote ${JSON.stringify(wanted)}`);
    };
    same('title', json.title, expected.title);
    same('vision', json.vision, expected.vision);
    const own = json.elements.filter(e => !e.external);
    // Order: parents before children (text order is a separate, known issue: see regressions.test.ts).
    same('element names', [...own.map(e => e.id)].sort(), [...expected.elements.map(e => e.name)].sort());
    own.forEach((e, i) => {
        if (e.parent && own.findIndex(p => p.id === e.parent) > i) problems.push(`${e.id} comes before its parent ${e.parent}`);
    });
    for (const exp of expected.elements) {
        const el = own.find(e => e.id === exp.name);
        if (!el) continue;
        const at = `element ${exp.name}`;
        same(`${at} kind`, el.kind, exp.kind);
        same(`${at} description`, el.description, exp.description);
        same(`${at} parent`, el.parent, exp.parent);
        same(`${at} owner`, el.owner, exp.owner);
        same(`${at} partners`, el.partners, exp.partners);
        same(`${at} steps`, el.steps, exp.steps);
        same(`${at} assumptions`, el.assumptions, exp.assumptions);
        same(`${at} horizon`, el.horizonLabel, exp.horizonLabel);
        same(`${at} results`, el.results.map(r => ({ name: r.name, description: r.description, indicators: r.indicators.map(i => ({ name: i.name, description: i.description })) })),
            exp.results);
        for (const t of exp.targets) {
            if (!json.contributions.some(c => c.from === exp.name && c.to === t && !c.implicit)) problems.push(`arrow ${exp.name} -> ${t} is missing`);
        }
        const parent = exp.parent && expected.elements.find(p => p.name === exp.parent);
        if (parent && exp.kind !== 'challenge' && exp.kind !== 'goal') {
            if (!json.contributions.some(c => c.from === exp.name && c.to === parent.name && c.implicit)) problems.push(`nesting ${exp.name} in ${parent.name} gave no contribution`);
        }
    }
    return problems;
}
