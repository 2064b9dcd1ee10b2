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

/**
 * Compact boxes (the default): kind, label, horizon and status lights. Sized so a theory of 40 boxes in
 * four columns fits a 750×800 px panel with the label at 11 px on screen or more: at that zoom
 * (11 / 13 = 0.85) the panel is 886 px of drawing wide; four columns of 176 px with 32 px between them
 * (more where arrows bend there) and the margins take 848; a column of 14 one-line boxes (44 px + 10 px apart) plus the header takes
 * 900 of the 945 (docs/diagram.md, "Sizes").
 */
export const COMPACT_WIDTH = 176;
/** A box grows up to this width to keep its longest word whole. */
export const COMPACT_MAX_WIDTH = 250;
export const COMPACT_PAD_X = 10;
export const COMPACT_PAD_Y = 6;
export const LABEL_FONT: TextStyle = { size: 13, bold: true };
export const LABEL_LINE = 16;
export const LABEL_MAX_LINES = 3;
export const COMPACT_KIND_FONT: TextStyle = { size: 9.5, bold: true };
export const COMPACT_KIND_LINE = 13;
export const COMPACT_PILL_FONT: TextStyle = { size: 9.5, bold: true };
export const COMPACT_PILL_HEIGHT = 13;
export const LIGHT_RADIUS = 4.5;
export const LIGHT_STEP = 12;
/** More lights than this read as a count ("+3"): a box stays one box wide. */
export const MAX_LIGHTS = 5;

/** The smallest text a reader is asked to read on screen, in px. */
export const MIN_READABLE_PX = 11;

/**
 * The lowest zoom at which every label is still MIN_READABLE_PX on screen: for compact boxes the label
 * (the kind word and horizon are also told by colour and legend), for detailed ones the smallest running text.
 */
export function readableZoom(details: boolean): number {
    return MIN_READABLE_PX / (details ? Math.min(META_FONT.size, NORM_FONT.size, INDICATOR_FONT.size) : LABEL_FONT.size);
}

/** Distance from a line's top to its baseline, for a given line height and font size. */
export function baseline(lineHeight: number, size: number): number {
    return Math.round((lineHeight + size * 0.72) / 2 * 10) / 10;
}
