/**
 * The grammar: every construct of LANGUAGE.md parses to the AST the rest of the language reads.
 * Each test parses a small text and compares a plain shape of the AST, so a change in how something
 * is parsed shows up as a difference in named fields rather than a snapshot.
 */
import { EmptyFileSystem, type LangiumDocument } from 'langium';
import { parseHelper } from 'langium/test';
import { beforeAll, describe, expect, it } from 'vitest';
import {
    createTocServices, isAction, isChallenge, isGoal, isSubgoal,
    type Action, type Goal, type Indicator, type Norm, type Result, type Subgoal, type Theory, type TopElement,
} from 'toc-language';

let parse: (text: string) => Promise<LangiumDocument<Theory>>;

beforeAll(() => {
    const services = createTocServices(EmptyFileSystem).Toc;
    parse = parseHelper<Theory>(services);
});

/** Parses and insists there was no syntax error of any kind. */
async function parseClean(text: string): Promise<Theory> {
    const doc = await parse(text);
    expect(doc.parseResult.lexerErrors.map(e => e.message)).toEqual([]);
    expect(doc.parseResult.parserErrors.map(e => e.message)).toEqual([]);
    return doc.parseResult.value;
}

const refs = (el: { targets?: Array<{ $refText: string }> }) => (el.targets ?? []).map(t => t.$refText);

function props(el: { owners: string[]; partners: string[]; priorities: string[]; steps: string[]; assumptions: string[] }) {
    const out: Record<string, string[]> = {};
    for (const k of ['owners', 'partners', 'priorities', 'steps', 'assumptions'] as const) if (el[k].length) out[k] = el[k];
    return out;
}

function normShape(n: Norm) {
    return { keyword: n.keyword, operator: n.operator, value: n.value, percent: n.percent, unit: n.unit, deadline: n.deadline, deadlineKeyword: n.deadlineKeyword };
}

function indicatorShape(i: Indicator) {
    return {
        name: i.name, description: i.description, ...props(i),
        baselines: i.baselines.map(b => ({ keyword: b.keyword, date: b.date, value: b.value, percent: b.percent, unit: b.unit })),
        measurements: i.measurements.map(m => ({ keyword: m.keyword, date: m.date, value: m.value, percent: m.percent, unit: m.unit })),
    };
}

function resultShape(r: Result) {
    return { keyword: r.keyword, name: r.name, description: r.description, ...props(r), norms: r.norms.map(normShape), indicators: r.indicators.map(indicatorShape) };
}

function shape(el: TopElement): Record<string, unknown> {
    const base = { keyword: el.keyword, name: el.name, description: el.description, ...props(el) };
    if (isChallenge(el)) return base;
    if (isAction(el)) return { ...base, horizon: el.horizon, targets: refs(el), results: el.results.map(resultShape) };
    const g = el as Goal | Subgoal;
    return {
        ...base, targets: refs(g),
        subgoals: g.subgoals.map(shape), actions: g.actions.map(shape), results: g.results.map(resultShape),
    };
}

describe('file structure', () => {
    it('an empty file is an empty theory', async () => {
        const t = await parseClean('');
        expect(t.header).toBeUndefined();
        expect(t.imports).toEqual([]);
        expect(t.elements).toEqual([]);
        expect(t.measurements).toEqual([]);
    });

    it('a file of comments only is an empty theory', async () => {
        const t = await parseClean('// alleen een opmerking\n/* en een\n   blok */\n');
        expect(t.elements).toEqual([]);
    });

    it('a header alone: title and vision, in Dutch and in English', async () => {
        const nl = await parseClean('theorie "Zorgzame buurt"\nvisie "Iedereen telt mee."');
        expect(nl.header).toMatchObject({ keyword: 'theorie', title: 'Zorgzame buurt', visionKeyword: 'visie', vision: 'Iedereen telt mee.' });
        const en = await parseClean('theory "Caring neighbourhood"');
        expect(en.header).toMatchObject({ keyword: 'theory', title: 'Caring neighbourhood' });
        expect(en.header?.vision).toBeUndefined();
    });

    it('imports come after the header and before the elements', async () => {
        const t = await parseClean('theorie "T"\nimport "gedeeld.toc"\nimport "../andere map/doelen.toc"\nuitdaging U "u"');
        expect(t.imports.map(i => i.path)).toEqual(['gedeeld.toc', '../andere map/doelen.toc']);
        expect(t.elements).toHaveLength(1);
    });

    it('an import after an element is a syntax error', async () => {
        const doc = await parse('uitdaging U "u"\nimport "x.toc"');
        expect(doc.parseResult.parserErrors.length).toBeGreaterThan(0);
    });

    it('elements and top-level measurements may alternate', async () => {
        const t = await parseClean('uitdaging A "a"\nmeting I 2026-01 3\nuitdaging B "b"\nmeasurement I 2026-02 4');
        expect(t.elements.map(e => e.name)).toEqual(['A', 'B']);
        expect(t.measurements.map(m => [m.keyword, m.indicator.$refText, m.date, m.value])).toEqual([
            ['meting', 'I', '2026-01', 3], ['measurement', 'I', '2026-02', 4],
        ]);
    });
});

describe('elements, in both keyword sets', () => {
    const dutch = `
uitdaging Isolement "Gezinnen kennen elkaar niet."
doel Contact -> Isolement "Meer contact." {
    tussendoel ElkaarKennen "Gezinnen kennen elkaar." {
        actie Spelnamiddag KT "Spelnamiddag." {
            resultaat Aanwezigheid "Dertig procent." {
                norm >= 30% tegen 2027-06
                indicator Aftekenlijst "Lijst." {
                    nulmeting 2025-12 10%
                    meting 2026-03 24%
                }
            }
        }
    }
    actie Folder MLT -> ElkaarKennen, Rust "Folder."
}
tussendoel Rust -> Contact "Rust."
actie Koffie LT -> Rust "Koffie."`;

    const english = `
challenge Isolement "Gezinnen kennen elkaar niet."
goal Contact -> Isolement "Meer contact." {
    subgoal ElkaarKennen "Gezinnen kennen elkaar." {
        action Spelnamiddag ST "Spelnamiddag." {
            result Aanwezigheid "Dertig procent." {
                norm >= 30% by 2027-06
                indicator Aftekenlijst "Lijst." {
                    baseline 2025-12 10%
                    measurement 2026-03 24%
                }
            }
        }
    }
    action Folder MT -> ElkaarKennen, Rust "Folder."
}
subgoal Rust -> Contact "Rust."
action Koffie LT -> Rust "Koffie."`;

    const keywordFree = (o: unknown): unknown => JSON.parse(JSON.stringify(o, (k, v) => (k === 'keyword' || k === 'deadlineKeyword' || k === 'horizon' ? undefined : v)));

    it('Dutch: nesting, arrows, several targets, a horizon, a result with norm, indicator, baseline and measurement', async () => {
        const t = await parseClean(dutch);
        expect(t.elements.map(shape)).toEqual([
            { keyword: 'uitdaging', name: 'Isolement', description: 'Gezinnen kennen elkaar niet.' },
            {
                keyword: 'doel', name: 'Contact', description: 'Meer contact.', targets: ['Isolement'], results: [],
                subgoals: [{
                    keyword: 'tussendoel', name: 'ElkaarKennen', description: 'Gezinnen kennen elkaar.', targets: [], subgoals: [], results: [],
                    actions: [{
                        keyword: 'actie', name: 'Spelnamiddag', description: 'Spelnamiddag.', horizon: 'KT', targets: [],
                        results: [{
                            keyword: 'resultaat', name: 'Aanwezigheid', description: 'Dertig procent.',
                            norms: [{ keyword: 'norm', operator: '>=', value: 30, percent: true, unit: [], deadline: '2027-06', deadlineKeyword: 'tegen' }],
                            indicators: [{
                                name: 'Aftekenlijst', description: 'Lijst.',
                                baselines: [{ keyword: 'nulmeting', date: '2025-12', value: 10, percent: true, unit: [] }],
                                measurements: [{ keyword: 'meting', date: '2026-03', value: 24, percent: true, unit: [] }],
                            }],
                        }],
                    }],
                }],
                actions: [{ keyword: 'actie', name: 'Folder', description: 'Folder.', horizon: 'MLT', targets: ['ElkaarKennen', 'Rust'], results: [] }],
            },
            { keyword: 'tussendoel', name: 'Rust', description: 'Rust.', targets: ['Contact'], subgoals: [], actions: [], results: [] },
            { keyword: 'actie', name: 'Koffie', description: 'Koffie.', horizon: 'LT', targets: ['Rust'], results: [] },
        ]);
    });

    it('English keywords give the same tree, with the keywords as written', async () => {
        const nl = await parseClean(dutch);
        const en = await parseClean(english);
        expect(keywordFree(en.elements.map(shape))).toEqual(keywordFree(nl.elements.map(shape)));
        const action = (en.elements[1] as Goal).subgoals[0]!.actions[0];
        expect([action!.keyword, action!.horizon, action!.results[0]!.norms[0]!.deadlineKeyword]).toEqual(['action', 'ST', 'by']);
        expect((en.elements[1] as Goal).actions[0]!.horizon).toBe('MT');
    });

    it('the two keyword sets may be mixed in one file, even in one element', async () => {
        const t = await parseClean('theory "Gemengd"\nvisie "Beide talen."\nuitdaging U "u"\ngoal G -> U "g" {\n  tussendoel S "s" {\n    action A KT "a" { trekker "Buurtwerker" owner "Kind en Gezin" }\n  }\n}');
        const g = t.elements[1] as Goal;
        expect([t.header?.keyword, t.header?.visionKeyword, t.elements[0]!.keyword, g.keyword, g.subgoals[0]!.keyword, g.subgoals[0]!.actions[0]!.keyword])
            .toEqual(['theory', 'visie', 'uitdaging', 'goal', 'tussendoel', 'action']);
        expect(g.subgoals[0]!.actions[0]!.owners).toEqual(['Buurtwerker', 'Kind en Gezin']);
    });

    it('every horizon spelling is kept as written', async () => {
        const t = await parseClean(['KT', 'MLT', 'LT', 'ST', 'MT'].map((h, i) => `actie A${i} ${h}`).join('\n'));
        expect(t.elements.map(e => (e as Action).horizon)).toEqual(['KT', 'MLT', 'LT', 'ST', 'MT']);
    });

    it('a description, a body, an arrow and a horizon are each optional', async () => {
        const t = await parseClean('uitdaging U\ndoel D\ntussendoel T {}\nactie A\nactie B KT\nactie C -> T');
        expect(t.elements.map(e => [e.keyword, e.name, e.description])).toEqual([
            ['uitdaging', 'U', undefined], ['doel', 'D', undefined], ['tussendoel', 'T', undefined],
            ['actie', 'A', undefined], ['actie', 'B', undefined], ['actie', 'C', undefined],
        ]);
        expect(refs(t.elements[5] as Action)).toEqual(['T']);
    });

    it('results and indicators may go without a name', async () => {
        const t = await parseClean('actie A KT {\n  resultaat "Zonder naam" {\n    norm 3\n    indicator "Ook zonder naam"\n    indicator\n  }\n  resultaat\n}');
        const a = t.elements[0] as Action;
        expect(a.results.map(r => [r.name, r.description, r.indicators.map(i => [i.name, i.description])])).toEqual([
            [undefined, 'Zonder naam', [[undefined, 'Ook zonder naam'], [undefined, undefined]]],
            [undefined, undefined, []],
        ]);
    });

    it('goals and subgoals hold results of their own', async () => {
        const t = await parseClean('doel D {\n  resultaat R "r" { norm 1 }\n  tussendoel T { resultaat R2 "r2" }\n}');
        const d = t.elements[0] as Goal;
        expect(d.results.map(r => r.name)).toEqual(['R']);
        expect(d.subgoals[0]!.results.map(r => r.name)).toEqual(['R2']);
    });

    it('a challenge takes properties but no arrow, horizon or children', async () => {
        expect((await parse('uitdaging U -> V')).parseResult.parserErrors.length).toBeGreaterThan(0);
        expect((await parse('uitdaging U KT')).parseResult.parserErrors.length).toBeGreaterThan(0);
        expect((await parse('uitdaging U { actie A }')).parseResult.parserErrors.length).toBeGreaterThan(0);
        const t = await parseClean('uitdaging U "u" { trekker "Stad" prioriteit hoog }');
        expect(props(t.elements[0] as never)).toEqual({ owners: ['Stad'], priorities: ['hoog'] });
    });

    it('an action holds results only, not subgoals or actions', async () => {
        expect((await parse('actie A { actie B }')).parseResult.parserErrors.length).toBeGreaterThan(0);
        expect((await parse('actie A { tussendoel B }')).parseResult.parserErrors.length).toBeGreaterThan(0);
    });
});

describe('properties', () => {
    it('Dutch and English properties, repeatable ones repeated, on any element', async () => {
        const t = await parseClean(`
doel D "d" {
    trekker "Buurtwerker"
    owner "OCMW"
    partner "Kind en Gezin"
    partner "Huis van het Kind"
    prioriteit hoog
    priority low
    stap "Eerst bellen."
    step "Then meet."
    aanname "Ouders komen als het dichtbij is."
    assumption "Schools open their doors."
    resultaat R "r" { prioriteit middel indicator I "i" { partner "School" } }
}`);
        const d = t.elements[0] as Goal;
        expect(props(d)).toEqual({
            owners: ['Buurtwerker', 'OCMW'], partners: ['Kind en Gezin', 'Huis van het Kind'], priorities: ['hoog', 'low'],
            steps: ['Eerst bellen.', 'Then meet.'], assumptions: ['Ouders komen als het dichtbij is.', 'Schools open their doors.'],
        });
        expect(props(d.results[0]!)).toEqual({ priorities: ['middel'] });
        expect(props(d.results[0]!.indicators[0]!)).toEqual({ partners: ['School'] });
    });

    it('every priority word', async () => {
        const t = await parseClean(['hoog', 'middel', 'laag', 'high', 'medium', 'low'].map((p, i) => `doel D${i} { prioriteit ${p} }`).join('\n'));
        expect(t.elements.map(e => e.priorities[0])).toEqual(['hoog', 'middel', 'laag', 'high', 'medium', 'low']);
    });

    it('an unknown priority word is a syntax error', async () => {
        expect((await parse('doel D { prioriteit dringend }')).parseResult.parserErrors.length).toBeGreaterThan(0);
    });
});

describe('norms, numbers and dates', () => {
    async function norm(text: string): Promise<ReturnType<typeof normShape>> {
        const t = await parseClean(`actie A { resultaat R { ${text} } }`);
        return normShape((t.elements[0] as Action).results[0]!.norms[0]!);
    }

    it('every operator, kept as written (≥ and ≤ too); none means the model reads >=', async () => {
        for (const op of ['>=', '<=', '>', '<', '=', '≥', '≤']) expect((await norm(`norm ${op} 5`)).operator).toBe(op);
        expect((await norm('norm 5')).operator).toBeUndefined();
    });

    it('a percentage, unit words, or a bare number', async () => {
        expect(await norm('norm >= 30%')).toMatchObject({ value: 30, percent: true, unit: [] });
        expect(await norm('norm 12 gezinnen')).toMatchObject({ value: 12, percent: false, unit: ['gezinnen'] });
        expect(await norm('norm 2 keer per maand')).toMatchObject({ value: 2, unit: ['keer', 'per', 'maand'] });
        expect(await norm('norm 7')).toMatchObject({ value: 7, percent: false, unit: [] });
    });

    it('a decimal comma and a decimal point are the same number', async () => {
        expect((await norm('norm 2,5 uur')).value).toBe(2.5);
        expect((await norm('norm 2.5 uur')).value).toBe(2.5);
        expect((await norm('norm >= 66,7%')).value).toBeCloseTo(66.7);
    });

    it('a deadline with tegen or by, as YYYY-MM or YYYY-MM-DD', async () => {
        expect(await norm('norm 12 gezinnen tegen 2027-06-30')).toMatchObject({ unit: ['gezinnen'], deadline: '2027-06-30', deadlineKeyword: 'tegen' });
        expect(await norm('norm >= 80% by 2027-06')).toMatchObject({ percent: true, deadline: '2027-06', deadlineKeyword: 'by' });
    });

    it('an impossible date still parses (the norm-out-of-range check reports it)', async () => {
        expect((await norm('norm 1 tegen 2027-13')).deadline).toBe('2027-13');
        expect((await norm('norm 1 tegen 2027-02-30')).deadline).toBe('2027-02-30');
    });

    it('a year alone is a number, not a date', async () => {
        expect(await norm('norm 2026 bezoekers')).toMatchObject({ value: 2026, unit: ['bezoekers'] });
    });

    it('negative numbers, and a baseline without a date', async () => {
        const t = await parseClean('actie A { resultaat R { indicator I { nulmeting -5% baseline 3 gezinnen meting 2026-01-15 -2,5 } } }');
        const i = (t.elements[0] as Action).results[0]!.indicators[0];
        expect(indicatorShape(i!)).toMatchObject({
            baselines: [{ date: undefined, value: -5, percent: true }, { keyword: 'baseline', date: undefined, value: 3, unit: ['gezinnen'] }],
            measurements: [{ date: '2026-01-15', value: -2.5 }],
        });
    });

    it('a measurement needs a date', async () => {
        expect((await parse('actie A { resultaat R { indicator I { meting 24% } } }')).parseResult.parserErrors.length).toBeGreaterThan(0);
    });

    it('a top-level measurement names its indicator, with % or unit words', async () => {
        const t = await parseClean('meting Aftekenlijst 2026-09 34%\nmeasurement Register 2026-12-15 12 families');
        expect(t.measurements.map(m => ({ kw: m.keyword, ind: m.indicator.$refText, date: m.date, value: m.value, percent: m.percent, unit: m.unit }))).toEqual([
            { kw: 'meting', ind: 'Aftekenlijst', date: '2026-09', value: 34, percent: true, unit: [] },
            { kw: 'measurement', ind: 'Register', date: '2026-12-15', value: 12, percent: false, unit: ['families'] },
        ]);
    });
});

describe('names, strings and comments', () => {
    it('accented names, digits and underscores', async () => {
        const t = await parseClean('uitdaging Financiën "f"\ndoel Één -> Financiën\ntussendoel _stap2 -> Één\nactie Café_Ü3 KT -> _stap2');
        expect(t.elements.map(e => e.name)).toEqual(['Financiën', 'Één', '_stap2', 'Café_Ü3']);
        expect(refs(t.elements[1] as Goal)).toEqual(['Financiën']);
        expect(refs(t.elements[3] as Action)).toEqual(['_stap2']);
    });

    it('keywords are lower case: a capitalised keyword is an ordinary name', async () => {
        const t = await parseClean('doel Doel "d"\nactie Actie KT -> Doel');
        expect(t.elements.map(e => e.name)).toEqual(['Doel', 'Actie']);
    });

    it('a name cannot start with a digit', async () => {
        expect((await parse('doel 2Doel')).parseResult.parserErrors.length + (await parse('doel 2Doel')).parseResult.lexerErrors.length).toBeGreaterThan(0);
    });

    it('strings span lines and take \\" and \\\\ escapes', async () => {
        const t = await parseClean('uitdaging U "Ouders zeggen: \\"we kennen niemand\\".\nEen pad: C:\\\\plannen"');
        expect(t.elements[0]!.description).toBe('Ouders zeggen: "we kennen niemand".\nEen pad: C:\\plannen');
    });

    it('an empty string is an empty description', async () => {
        const t = await parseClean('uitdaging U ""');
        expect(t.elements[0]!.description).toBe('');
    });

    it('comments anywhere between the words, and inside none of the strings', async () => {
        const t = await parseClean(`// kop
theorie /* titel volgt */ "T" // einde regel
doel D /* tussen naam en pijl */ -> /* en doel */ U "een // geen commentaar /* ook niet */" {
    // in een blok
    actie A KT /* na de termijn */
}
uitdaging U`);
        const d = t.elements[0] as Goal;
        expect(refs(d)).toEqual(['U']);
        expect(d.description).toBe('een // geen commentaar /* ook niet */');
        expect(d.actions[0]).toMatchObject({ name: 'A', horizon: 'KT' });
        expect(t.header?.title).toBe('T');
    });

    it('Windows line ends parse like Unix ones', async () => {
        const t = await parseClean('theorie "T"\r\nuitdaging U "u"\r\ndoel D -> U {\r\n  actie A KT\r\n}\r\n');
        expect((t.elements[1] as Goal).actions[0]!.name).toBe('A');
    });
});

describe('the LANGUAGE.md example', () => {
    it('parses with the structure it is written in', async () => {
        const fs = await import('node:fs');
        const path = await import('node:path');
        const t = await parseClean(fs.readFileSync(path.resolve(__dirname, '../../examples/zorgzame-buurt.toc'), 'utf8'));
        expect(t.header?.title).toBe('Zorgzame buurt: jonge gezinnen');
        expect(t.elements.map(e => `${e.keyword} ${e.name}`)).toEqual([
            'uitdaging Isolement', 'doel SocialeContacten', 'doel Rechten', 'actie Spelnamiddag', 'actie HuisVanHetKind',
            'actie Speeddate', 'actie Ontmoetingsruimte', 'actie Professional',
        ]);
        const spel = t.elements[3] as Action;
        expect(spel.results.map(r => r.name)).toEqual(['Aanwezigheid', 'MondTotMond']);
        expect(spel.results[0]!.indicators[0]!.measurements.map(m => [m.date, m.value, m.percent])).toEqual([['2026-03', 24, true], ['2026-09', 34, true]]);
        expect(isGoal(t.elements[1]) && t.elements[1].subgoals.map(s => s.name)).toEqual(['ElkaarKennen', 'RustigePlek']);
        expect(isSubgoal((t.elements[1] as Goal).subgoals[0])).toBe(true);
    });
});

describe('a text the parser cannot take is said as it is', () => {
    it('depth is counted by braces: only real nesting reads "nested too deeply"; anything else "too large"', async () => {
        const { unreadableTextError, syntaxMessage } = await import('../../packages/language/src/parser/syntax-errors.js');
        const nested = 'doel D "d" {\n' + 'tussendoel S "s" {\n'.repeat(130) + '}\n'.repeat(131);
        const deep = unreadableTextError(nested);
        expect(syntaxMessage('en', deep.message)).toMatch(/nested too deeply/);
        expect(deep.token.startLine).toBeGreaterThan(100);
        // Flat, however long, braces inside texts and comments not counted.
        const flat = 'uitdaging U "{{{{"\n' + '// {\n'.repeat(1000) + 'doel D -> U "d"\n';
        const large = unreadableTextError(flat);
        expect(syntaxMessage('en', large.message)).toBe('This file is too large to be read. Split it over several files and connect them with `import`.');
        expect(syntaxMessage('nl', large.message)).toMatch(/te groot om te lezen/);
        expect(large.token.startOffset).toBe(0);
    });
});
