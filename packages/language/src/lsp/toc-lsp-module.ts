/** Editor features (completion, hover, formatting, quick fixes, ...): wired here as they are added. */
import type { Module } from 'langium';
import type { PartialLangiumServices } from 'langium/lsp';

export const TocLspModule: Module<object, PartialLangiumServices> = {};
