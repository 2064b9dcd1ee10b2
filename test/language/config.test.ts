/** toc.config.json as a team writes it: what is taken, and what is reported as a problem in the file itself. */
import { EmptyFileSystem } from 'langium';
import { parseHelper } from 'langium/test';
import { describe, expect, it } from 'vitest';
import { configDiagnostics, configLanguage, CONFIG_DIAGNOSTIC_CODE, configProblemMessage, createTocServices, parseConfig, type ConfigProblem, type Theory } from '../../packages/language/src/index.js';
import { scanJson } from '../../packages/language/src/config/json-locations.js';

/** The text a problem's range covers. */
function covered(text: string, p: ConfigProblem): string {
    const lines = text.replace(/^\uFEFF/, '').split('\n');
    const { start, end } = p.range;
    if (start.line === end.line) return lines[start.line]!.slice(start.character, end.character);
    return [lines[start.line]!.slice(start.character), ...lines.slice(start.line + 1, end.line), lines[end.line]!.slice(0, end.character)].join('\n');
}

function only(text: string): ConfigProblem {
    const { problems } = parseConfig(text);
    expect(problems, JSON.stringify(problems)).toHaveLength(1);
    return problems[0]!; // one, as the line above holds
}

const BOTH = ['en', 'nl'] as const;

describe('parseConfig', () => {
    it('takes rule severities and the message language, and finds nothing wrong in a good file', () => {
        const c = parseConfig('{ "$schema": "x", "rules": { "missing-description": "off", "norm-met": "hint" }, "language": "nl" }');
        expect(c.rules).toEqual({ 'missing-description': 'off', 'norm-met': 'hint' });
        expect(c.language).toBe('nl');
        expect(c.problems).toEqual([]);
    });

    it('accepts a byte-order mark, as Windows editors write it, and does not count it in positions', () => {
        const text = '\uFEFF{ "rules": { "norm-mett": "off" } }';
        const c = parseConfig(text);
        expect(c.problems[0]!.range.start).toEqual({ line: 0, character: 13 });
        expect(covered(text, c.problems[0]!)).toBe('"norm-mett"');
        expect(parseConfig('\uFEFF{ "rules": { "norm-met": "off" } }').rules).toEqual({ 'norm-met': 'off' });
    });

    it('reads comments, which say why a team chose a severity, and points past them', () => {
        const text = '{\n  // Geen beschrijving nodig: de namen zeggen genoeg.\n  "rules": {\n    /* tijdelijk */ "missing-description": "off",\n    "norm-mett": "off" // tikfout\n  }\n}\n';
        const c = parseConfig(text);
        expect(c.rules).toEqual({ 'missing-description': 'off' });
        expect(c.problems).toHaveLength(1);
        expect(c.problems[0]!.range.start).toEqual({ line: 4, character: 4 });
        expect(covered(text, c.problems[0]!)).toBe('"norm-mett"');
        // A comment never closed is not JSON: reported where it opens.
        const p = only('{ "rules": {} } /* nog te doen');
        expect(p).toMatchObject({ kind: 'invalid-json', args: { atEnd: true }, range: { start: { line: 0, character: 16 } } });
        // Only comments: say what belongs in the file.
        expect(only('// leeg\n').kind).toBe('not-an-object');
    });

    it('reports an unknown rule at its name, suggests the nearest, and keeps the rest', () => {
        const text = '{\n  "rules": {\n    "missing-descripton": "off",\n    "norm-met": "off"\n  }\n}';
        const c = parseConfig(text, '/team/toc.config.json');
        expect(c.rules).toEqual({ 'norm-met': 'off' });
        expect(c.file).toBe('/team/toc.config.json');
        expect(c.problems).toEqual([{
            kind: 'unknown-rule', args: { rule: 'missing-descripton', suggestion: 'missing-description' },
            range: { start: { line: 2, character: 4 }, end: { line: 2, character: 24 } },
        }]);
        expect(covered(text, c.problems[0]!)).toBe('"missing-descripton"');
    });

    it('suggests a rule only when it is near, and finds it through underscores and capitals', () => {
        expect(only('{ "rules": { "missing_description": "off" } }').args).toEqual({ rule: 'missing_description', suggestion: 'missing-description' });
        expect(only('{ "rules": { "Norm-Not-Met": "off" } }').args).toEqual({ rule: 'Norm-Not-Met', suggestion: 'norm-not-met' });
        expect(only('{ "rules": { "goal-without-actions": "off" } }').args).toEqual({ rule: 'goal-without-actions', suggestion: 'goal-without-action' });
        expect((only('{ "rules": { "spelling": "off" } }').args as { suggestion?: string }).suggestion).toBeUndefined();
        // The rules that cannot be set are not suggested.
        expect((only('{ "rules": { "syntax-errors": "off" } }').args as { suggestion?: string }).suggestion).toBeUndefined();
    });

    it('reports a bad severity at the value, as written, with the word meant', () => {
        const text = '{ "rules": { "norm-met": "warn", "norm-not-met": 3, "missing-description": false, "result-without-norm": "loud" } }';
        const c = parseConfig(text);
        expect(c.rules).toEqual({});
        expect(c.problems.map(p => [p.kind, p.args, covered(text, p)])).toEqual([
            ['bad-severity', { rule: 'norm-met', value: '"warn"', suggestion: 'warning' }, '"warn"'],
            ['bad-severity', { rule: 'norm-not-met', value: '3', suggestion: undefined }, '3'],
            ['bad-severity', { rule: 'missing-description', value: 'false', suggestion: 'off' }, 'false'],
            ['bad-severity', { rule: 'result-without-norm', value: '"loud"', suggestion: undefined }, '"loud"'],
        ]);
        expect(only('{ "rules": { "norm-met": "uit" } }').args).toMatchObject({ suggestion: 'off' });
        expect(only('{ "rules": { "norm-met": "Error" } }').args).toMatchObject({ suggestion: 'error' });
    });

    it('refuses to soften syntax errors and unresolved names, pointing at the rule', () => {
        const text = '{ "rules": { "syntax-error": "off", "unresolved-reference": "hint" } }';
        const c = parseConfig(text);
        expect(c.rules).toEqual({});
        expect(c.problems.map(p => [p.kind, p.args, covered(text, p)])).toEqual([
            ['fixed-rule', { rule: 'syntax-error' }, '"syntax-error"'],
            ['fixed-rule', { rule: 'unresolved-reference' }, '"unresolved-reference"'],
        ]);
    });

    it('reports a bad language at the value, with the code meant', () => {
        const text = '{\n  "language": "Nederlands"\n}';
        const p = only(text);
        expect(p).toMatchObject({ kind: 'bad-language', args: { value: '"Nederlands"', suggestion: 'nl' } });
        expect(covered(text, p)).toBe('"Nederlands"');
        expect(parseConfig(text).language).toBeUndefined();
        expect(only('{ "language": "fr" }').args).toEqual({ value: '"fr"', suggestion: undefined });
        expect(only('{ "language": "EN" }').args).toEqual({ value: '"EN"', suggestion: 'en' });
    });

    it('reports a setting it does not know, such as a misspelt "rules", at its name', () => {
        const text = '{ "rule": { "norm-met": "off" }, "langauge": "nl", "taal": "nl", "colour": "red" }';
        const c = parseConfig(text);
        expect(c.rules).toEqual({});
        expect(c.problems.map(p => [p.kind, p.args, covered(text, p)])).toEqual([
            ['unknown-setting', { key: 'rule', suggestion: 'rules' }, '"rule"'],
            ['unknown-setting', { key: 'langauge', suggestion: 'language' }, '"langauge"'],
            ['unknown-setting', { key: 'taal', suggestion: 'language' }, '"taal"'],
            ['unknown-setting', { key: 'colour', suggestion: undefined }, '"colour"'],
        ]);
    });

    it('reports JSON that is not an object, and "rules" that is not one', () => {
        for (const text of ['[]', '3', '"rules"', 'null', '  ']) {
            const p = only(text);
            expect(p.kind, text).toBe('not-an-object');
            expect(p.range.start).toEqual({ line: 0, character: 0 });
        }
        expect(covered('[1, 2]', only('[1, 2]'))).toBe('[1, 2]');
        for (const value of ['3', '["norm-met"]', 'null', '"off"']) {
            const text = `{\n  "rules": ${value}\n}`;
            const p = only(text);
            expect(p.kind, value).toBe('rules-not-an-object');
            expect(covered(text, p)).toBe(value);
        }
    });

    it('reports text that is not JSON where reading stops, with the usual cause', () => {
        const trailing = '{\n  "rules": {\n    "norm-met": "off",\n  }\n}';
        let p = only(trailing);
        expect(p).toMatchObject({ kind: 'invalid-json', args: { found: '}', hint: 'trailing-comma' }, range: { start: { line: 3, character: 2 } } });
        expect(covered(trailing, p)).toBe('}');

        p = only("{ 'rules': {} }");
        expect(p).toMatchObject({ kind: 'invalid-json', args: { found: "'", hint: 'quotes' }, range: { start: { line: 0, character: 2 } } });
        p = only('{ \u201Crules\u201D: {} }');
        expect(p.args).toMatchObject({ found: '\u201C', hint: 'quotes' });
        p = only('{ rules: {} }');
        expect(p.args).toMatchObject({ found: 'rules', hint: 'quotes' });
        expect(p.range).toEqual({ start: { line: 0, character: 2 }, end: { line: 0, character: 7 } });

        p = only('{ "rules": { "norm-met": "off" }');
        expect(p).toMatchObject({ kind: 'invalid-json', args: { atEnd: true }, range: { start: { line: 0, character: 32 } } });

        p = only('{ "rules": { "norm-met": "off" "norm-not-met": "off" } }');
        expect(p.args).toEqual({ found: '"', hint: undefined });
        expect(p.range.start.character).toBe(31);
        expect(parseConfig('{ "rules": { "norm-met": "off", } }').rules).toEqual({});
    });

    it('points where JSON.parse stops agreeing: the scanner accepts exactly what JSON.parse accepts', () => {
        const samples = ['{}', '[]', '{"a":[1,-2.5e3,true,false,null,{"b":"\\u00e9\\n"}]}', ' "x" ', '{"a":1,}', '[1,]', '{"a" 1}', '{"a":01}',
            '{"a":"tab\there"}', '{"a":"\\x"}', '{"a":1}}', '{"a":-}', '{"a":.5}', '{"a":1.}', 'tru', '{"a":"\\ud800"}', '', '{"a":1e}', '\t{ }\r\n'];
        for (const text of samples) {
            let parses = true;
            try {
                JSON.parse(text);
            } catch {
                parses = false;
            }
            const scanned = scanJson(text);
            expect(scanned.error === undefined, text).toBe(parses);
        }
    });

    it('never throws, whatever the text', () => {
        for (const text of ['{'.repeat(100_000), '['.repeat(100_000) + ']'.repeat(100_000), '{"rules":' + '['.repeat(5000) + ']'.repeat(5000) + '}', '\u0000', '{"__proto__": {"norm-met": "off"}}',
            '{"rules": {"__proto__": "off", "constructor": "off", "toString": "error"}}']) {
            expect(() => parseConfig(text)).not.toThrow();
        }
        const c = parseConfig('{"rules": {"__proto__": "off", "toString": "error"}}');
        expect(c.rules).toEqual({});
        expect(c.problems.map(p => p.kind)).toEqual(['unknown-rule', 'unknown-rule']);
    });
});

describe('messages about toc.config.json', () => {
    const samples: Array<[string, RegExp, RegExp]> = [
        ['{ "rules": { "missing-descripton": "off" } }', /There is no rule "missing-descripton".*Did you mean "missing-description"\?/, /Er bestaat geen controle "missing-descripton".*Bedoel je "missing-description"\?/],
        ['{ "rules": { "spelling": "off" } }', /There is no rule "spelling".*list of rules/, /geen controle "spelling".*lijst van controles/],
        ['{ "rules": { "norm-met": "warn" } }', /"off", "hint", "info", "warning" or "error", not "warn".*Did you mean "warning"\?/, /"off", "hint", "info", "warning" of "error" zijn, niet "warn".*Bedoel je "warning"\?/],
        ['{ "rules": { "syntax-error": "off" } }', /"syntax-error" is always an error/, /"syntax-error" is altijd een fout/],
        ['{ "language": "fr" }', /"language" takes "nl" \(Dutch\) or "en" \(English\), not "fr"/, /"language" kan "nl" \(Nederlands\) of "en" \(Engels\) zijn, niet "fr"/],
        ['{ "rule": {} }', /"rule" is not a setting.*Did you mean "rules"\?/, /"rule" is geen instelling.*Bedoel je "rules"\?/],
        ['[]', /between braces/, /tussen accolades/],
        ['{ "rules": [] }', /After "rules" the rules go between braces/, /Na "rules" staan de controles tussen accolades/],
        ['{ "rules": { "norm-met": "off", } }', /cannot be read as JSON: `}` is not expected here\. Remove the comma before it/, /geen geldige JSON: `}` hoort hier niet\. Haal de komma ervoor weg/],
        ["{ 'rules': {} }", /straight double quotes/, /rechte dubbele aanhalingstekens/],
        ['{ "rules": {', /ends too early.*closing/, /houdt te vroeg op.*sluitende/],
        ['{ "measurementStaleMonths": "zes" }', /whole number of months.*not "zes"/, /geheel aantal maanden.*niet "zes"/],
    ];

    it.each(samples)('%s: said in English and in Dutch', (text, en, nl) => {
        const p = only(text);
        expect(configProblemMessage('en', p)).toMatch(en);
        expect(configProblemMessage('nl', p)).toMatch(nl);
    });

    it('says every kind in both languages, differently, and says what happens to the setting', () => {
        const kinds = new Set(samples.map(([text]) => only(text).kind));
        expect([...kinds].sort()).toEqual(['bad-language', 'bad-severity', 'bad-stale-months', 'fixed-rule', 'invalid-json', 'not-an-object', 'rules-not-an-object', 'unknown-rule', 'unknown-setting']);
        for (const [text] of samples) {
            const p = only(text);
            const [en, nl] = BOTH.map(lang => configProblemMessage(lang, p));
            expect(en).not.toBe(nl);
            expect(en).toMatch(/ignored|does nothing|keeps its default|decide/);
            expect(nl).toMatch(/genegeerd|doet niets|standaardernst|bepalen/);
        }
    });

    it('makes warnings with code "config" and source "toc" on the ranges found', () => {
        const c = parseConfig('{\n  "rules": { "norm-mett": "off" }\n}');
        const [d] = configDiagnostics(c, 'nl');
        expect(d).toEqual({ range: c.problems[0]!.range, severity: 2, source: 'toc', code: CONFIG_DIAGNOSTIC_CODE, message: configProblemMessage('nl', c.problems[0]!) });
        expect(CONFIG_DIAGNOSTIC_CODE).toBe('config');
    });
});

describe('the language of messages about a toc.config.json', () => {
    const parse = parseHelper<Theory>(createTocServices(EmptyFileSystem).Toc);

    it('is its own "language" when valid, else the language most of its files are written in, else English', async () => {
        const dutch = await parse('doel A "a"\nactie B KT -> A "b"');
        const dutch2 = await parse('uitdaging U "u"');
        const english = await parse('goal A "a"');
        const empty = await parse('');
        const bad = parseConfig('{ "language": "fr" }');
        expect(configLanguage(bad, [dutch, english, dutch2])).toBe('nl');
        expect(configLanguage(bad, [dutch, english])).toBe('en');
        expect(configLanguage(bad, [english, empty])).toBe('en');
        expect(configLanguage(bad, [empty, dutch])).toBe('nl');
        expect(configLanguage(bad, [])).toBe('en');
        expect(configLanguage(parseConfig('{ "language": "nl", "rules": { "x": "off" } }'), [english])).toBe('nl');
        expect(configLanguage(parseConfig('{ "language": "en", "rules": { "x": "off" } }'), [dutch])).toBe('en');
    });
});

describe('reading toc.config.json while it changes', () => {
    it('does not keep a file read before the config was cleared (a config deleted while a build read it)', async () => {
        const { DefaultTocConfigProvider } = await import('../../packages/language/src/config/toc-config.js');
        const { URI } = await import('langium');
        let onDisk: string | undefined = '{ "rules": { "norm-mett": "off" } }';
        let release!: () => void;
        const gate = new Promise<void>(resolve => { release = resolve; });
        const files = {
            // The build's read started while the file was still there; it answers after the file is gone.
            async readFile() { const text = onDisk; await gate; if (text === undefined) throw new Error('no file'); return text; },
            readFileSync() { if (onDisk === undefined) throw new Error('no file'); return onDisk; },
        } as unknown as ConstructorParameters<typeof DefaultTocConfigProvider>[0];
        const provider = new DefaultTocConfigProvider(files);
        const theory = URI.parse('file:///team/plan.toc');
        const reading = provider.prepare(theory);
        onDisk = undefined; // deleted
        provider.clear(); // as the server does when the editor says the file changed
        release();
        await reading;
        expect(provider.configFor(theory).problems).toEqual([]);
        expect(provider.configFor(theory).file).toBeUndefined();
    });
});
