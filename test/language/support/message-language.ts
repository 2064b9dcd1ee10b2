/**
 * Which language a diagnostic message is in, decided by matching it against every sentence template in
 * the language's i18n module (parameters become wildcards). A message that matches no template did not
 * come from i18n at all, which is itself a failure (it would be parser or linker jargon).
 */
import { CHECK_MESSAGES, SYNTAX, unresolvedMessage, type ElementKind } from '../../../packages/language/src/i18n/messages.js';
import type { Lang } from './test-comments.js';

const OPEN = '\u0001', CLOSE = '\u0002';
const hole = (k: string) => `${OPEN}${k}${CLOSE}`;
const holes = new Proxy({}, { get: (_t, k) => hole(String(k)) }) as Record<string, string>;

function toRegex(template: string): RegExp {
    const escaped = template.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp('^' + escaped.replace(new RegExp(`${OPEN}[^${CLOSE}]*${CLOSE}`, 'g'), '[\\s\\S]+?') + '$');
}

const KINDS: ElementKind[] = ['challenge', 'goal', 'subgoal', 'action', 'result', 'indicator'];
const EXPECTED: ElementKind[][] = [['subgoal', 'goal'], ['challenge'], ['indicator']];

function templates(lang: Lang): RegExp[] {
    const out: string[] = [];
    // Any parameter name becomes a hole, whatever the message asks for.
    for (const msg of Object.values(CHECK_MESSAGES[lang]) as Array<(p: Record<string, string>) => string>) out.push(msg(holes));
    // Every syntax sentence takes the language first and then only texts.
    for (const fn of Object.values(SYNTAX) as Array<(lang: Lang, ...texts: string[]) => string>) {
        out.push(fn(lang, hole('a'), hole('b'), hole('c')));
    }
    for (const expected of EXPECTED) {
        out.push(unresolvedMessage(lang, hole('n'), expected));
        out.push(unresolvedMessage(lang, hole('n'), expected, undefined, hole('s')));
        // A found kind with no `from` kind is what a top-level measurement naming a non-indicator gives.
        for (const found of KINDS) for (const from of [...KINDS, undefined]) out.push(unresolvedMessage(lang, hole('n'), expected, found, undefined, from));
    }
    return out.map(toRegex);
}

const TEMPLATES: Record<Lang, RegExp[]> = { nl: templates('nl'), en: templates('en') };

/** The languages whose templates the message fits (normally exactly one). */
export function messageLanguages(message: string): Lang[] {
    return (['nl', 'en'] as const).filter(lang => TEMPLATES[lang].some(r => r.test(message)));
}

/** Words a non-programmer should never meet in a message. */
export const JARGON = /\btoken\b|\bEOF\b|Expecting|\bundefined\b|\bNaN\b|\[object|\bnull\b|Could not resolve/i;
