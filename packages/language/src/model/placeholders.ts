/**
 * Text that a template or a quick fix wrote and the user has not replaced yet. It is never silently
 * valid: the check `placeholder` warns until it is replaced, and the model never counts a placeholder
 * norm as a norm (so the diagram, the reports and the status show none).
 */
import type { Norm } from '../generated/ast.js';
import { editorMessages } from '../i18n/editor-messages.js';
import type { Lang } from '../i18n/language.js';

const LANGS: Lang[] = ['en', 'nl'];

/** The norm a template proposes: this number with the note below on its line. */
export const PLACEHOLDER_NORM_VALUE = 80;

const TEXTS: ReadonlySet<string> = new Set(LANGS.flatMap(lang => {
    const { snippet: s, fix: f } = editorMessages(lang);
    return [s.challengeText, s.goalText, s.subgoalText, s.actionText, s.resultText, s.indicatorText, f.resultText, f.indicatorText, f.descriptionText];
}));
const NAMES: ReadonlySet<string> = new Set(LANGS.map(lang => editorMessages(lang).snippet.name));
const NORM_NOTES: readonly string[] = LANGS.map(lang => editorMessages(lang).fix.normComment);

export function isPlaceholderText(text: string | undefined): boolean {
    return text !== undefined && TEXTS.has(text.trim());
}

export function isPlaceholderName(name: string | undefined): boolean {
    return name !== undefined && NAMES.has(name);
}

/** `norm >= 80% // vul het juiste getal in: …` as a template wrote it; another number makes it the user's own. */
export function isPlaceholderNorm(norm: Norm): boolean {
    const cst = norm.$cstNode;
    if (!cst || norm.value !== PLACEHOLDER_NORM_VALUE) return false;
    const text = cst.root.fullText;
    const lineEnd = text.indexOf('\n', cst.end);
    const rest = text.slice(cst.end, lineEnd < 0 ? text.length : lineEnd);
    return NORM_NOTES.some(note => rest.includes(note));
}
