/** Types of bench/generate.mjs, for the tests that use its theories. */
export declare const MIX: Record<string, number>;
export declare const DIAGRAM_KINDS: string[];
export declare function generateTheory(options?: { nodes?: number; seed?: number; lang?: 'nl' | 'en'; kinds?: string[]; extraArrows?: number }): { text: string; stats: Record<string, number> };
export declare function generateText(options: { lines: number; seed?: number; lang?: 'nl' | 'en' }): { text: string; stats: Record<string, number> };
