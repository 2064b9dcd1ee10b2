/** Sizes of everything in a box. One place, so the boxes look alike and text stays readable. */
import type { ElementKindJson } from 'toc-language/model';
import type { TextStyle } from '../text/measure.js';

export const NODE_WIDTH: Record<ElementKindJson, number> = { challenge: 264, goal: 252, subgoal: 252, action: 252 };
export const PAD = 12;
export const RADIUS = 10;

export const KIND_FONT: TextStyle = { size: 10.5, bold: true };
export const KIND_LINE = 14;
export const NAME_FONT: TextStyle = { size: 14, bold: true };
export const NAME_LINE = 18;
export const DESC_FONT: TextStyle = { size: 12 };
export const DESC_LINE = 16;
export const DESC_MAX_LINES = 4;
export const META_FONT: TextStyle = { size: 11 };
export const META_LINE = 15;

export const CARD_PAD = 8;
export const CARD_GAP = 6;
export const STATUS_FONT: TextStyle = { size: 10.5, bold: true };
export const STATUS_LINE = 14;
export const RESULT_FONT: TextStyle = { size: 11.5 };
export const RESULT_LINE = 15;
export const RESULT_MAX_LINES = 3;
export const NORM_FONT: TextStyle = { size: 11 };
export const NORM_LINE = 15;
export const INDICATOR_FONT: TextStyle = { size: 11 };
export const INDICATOR_LINE = 14;
export const INDICATOR_MAX_LINES = 2;

export const PILL_FONT: TextStyle = { size: 10.5, bold: true };
export const PILL_HEIGHT = 16;
export const BADGE_FONT: TextStyle = { size: 10, bold: true };
export const BADGE_SIZE = 16;

/** Distance from a line's top to its baseline, for a given line height and font size. */
export function baseline(lineHeight: number, size: number): number {
    return Math.round((lineHeight + size * 0.72) / 2 * 10) / 10;
}
