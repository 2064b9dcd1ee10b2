/**
 * Text that a template or a quick fix wrote and the user has not replaced yet. It is never silently
 * valid: the check `placeholder` warns until it is replaced, and the model never counts a placeholder
 * norm as a norm (so the diagram, the reports and the status show none).
 */
import type { Norm } from '../generated/ast.js';
import { editorMessages } from '../i18n/editor-messages.js';
import type { Lang } from '../i18n/language.js';
import { normalizeOperator } from './quantity.js';

const LANGS: Lang[] = ['en', 'nl'];

/**
 * The norm a template proposes: `>= 0`, which every measurement meets, so it says nothing until the user
 * types the number at which the result counts as reached over the 0.
 */
export const PLACEHOLDER_NORM_VALUE = 0;

const TEXTS: ReadonlySet<string> = new Set(LANGS.flatMap(lang => {
    const { snippet: s, fix: f } = editorMessages(lang);
    return [s.challengeText, s.goalText, s.subgoalText, s.actionText, s.resultText, s.indicatorText, f.resultText, f.indicatorText, f.descriptionText];
}));
const NAMES: ReadonlySet<string> = new Set(LANGS.map(lang => editorMessages(lang).snippet.name));

export function isPlaceholderText(text: string | undefined): boolean {
    return text !== undefined && TEXTS.has(text.trim());
}

export function isPlaceholderName(name: string | undefined): boolean {
    return name !== undefined && NAMES.has(name);
}

/** `norm >= 0%` (or without operator: the same): met by anything, so no norm yet. `> 0` is a real norm ("at least one"). */
export function isPlaceholderNorm(norm: Norm): boolean {
    return norm.value === PLACEHOLDER_NORM_VALUE && normalizeOperator(norm.operator) === '>=';
}
