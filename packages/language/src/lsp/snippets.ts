/**
 * Whole elements to fill in, in the document's language: the completion list offers them next to the
 * keyword. Placeholders ($1, $2 …) are jumped through with Tab; a target is a choice of names when
 * there are any to choose from.
 */
import type { Lang } from '../i18n/language.js';
import { editorMessages } from '../i18n/editor-messages.js';
import type { ElementKind } from '../i18n/messages.js';
import { PLACEHOLDER_NORM_VALUE } from '../model/placeholders.js';
import { horizonsOf, kindKeyword } from './keywords.js';

export interface SnippetContext {
    lang: Lang;
    /** Written at top level, so it needs an arrow to what it contributes to (nested ones contribute to their parent). */
    topLevel: boolean;
    /** Names the arrow may point to, when known. */
    targets: string[];
    /** The one name the arrow points to (a quick fix knows it): written as is, no field to fill. */
    target?: string;
}

/** Escapes text for a snippet placeholder. */
export function snippetText(s: string): string {
    return s.replace(/[\\$}]/g, m => '\\' + m);
}
const text = snippetText;

function target(n: number, names: string[], fallback: string, fixed?: string): string {
    if (fixed) return fixed;
    const usable = names.filter(x => /^[\p{L}_][\p{L}\p{N}_]*$/u.test(x)).slice(0, 30);
    return usable.length > 0 ? `\${${n}|${usable.join(',')}|}` : `\${${n}:${text(fallback)}}`;
}

/**
 * A norm to fill in: the number is a field holding 0. `>= 0%` is met by anything, so until a number is typed
 * over it the norm counts as none and is warned about (model/placeholders.ts); no note is left behind.
 */
export function normSnippet(n: number): string {
    return `norm >= \${${n}:${PLACEHOLDER_NORM_VALUE}}%`;
}

export const SNIPPET_KINDS: ReadonlySet<ElementKind> = new Set(['challenge', 'goal', 'subgoal', 'action', 'result']);

/** The snippet for a kind, or undefined for kinds without one. */
export function snippetFor(kind: ElementKind, ctx: SnippetContext): string | undefined {
    const m = editorMessages(ctx.lang).snippet;
    const kw = (k: ElementKind) => kindKeyword(ctx.lang, k);
    const result = (first: number, indent: string) => [
        `${indent}${kw('result')} "\${${first}:${text(m.resultText)}}" {`,
        `${indent}    ${normSnippet(first + 1)}`,
        `${indent}    indicator "\${${first + 2}:${text(m.indicatorText)}}"`,
        `${indent}}`,
    ];
    switch (kind) {
        case 'challenge':
            return `${kw('challenge')} \${1:${text(m.name)}} "\${2:${text(m.challengeText)}}"`;
        case 'goal':
            return [
                `${kw('goal')} \${1:${text(m.name)}} -> ${target(2, ctx.targets, kindKeyword(ctx.lang, 'challenge'), ctx.target)} "\${3:${text(m.goalText)}}" {`,
                `    ${kw('subgoal')} \${4:${text(m.name)}} "\${5:${text(m.subgoalText)}}"`,
                '}',
            ].join('\n');
        case 'subgoal': {
            const arrow = ctx.topLevel ? ` -> ${target(2, ctx.targets, m.target, ctx.target)}` : '';
            return `${kw('subgoal')} \${1:${text(m.name)}}${arrow} "\${3:${text(m.subgoalText)}}"`;
        }
        case 'action': {
            const arrow = ctx.topLevel ? ` -> ${target(3, ctx.targets, m.target, ctx.target)}` : '';
            return [
                `${kw('action')} \${1:${text(m.name)}} \${2|${horizonsOf(ctx.lang).join(',')}|}${arrow} "\${4:${text(m.actionText)}}" {`,
                ...result(5, '    '),
                '}',
            ].join('\n');
        }
        case 'result':
            return result(1, '').join('\n');
        default:
            return undefined;
    }
}

/**
 * The text a snippet inserts when nothing is typed into it: each placeholder's own text, a choice's first
 * option, empty tab stops gone. For editors without snippets, and for showing a template as it will read.
 */
export function snippetPlainText(snippet: string): string {
    return snippet
        .replace(/\$\{\d+\|((?:\\.|[^,|\\])*)[^}]*\|\}/g, (_, first: string) => first)
        .replace(/\$\{\d+:((?:\\.|[^}\\])*)\}/g, (_, inner: string) => inner)
        .replace(/\$\{?\d+\}?/g, '')
        .replace(/\\([\\$}])/g, '$1');
}
