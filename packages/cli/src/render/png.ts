/**
 * SVG -> PNG without a browser, with resvg (a Rust renderer shipped as a prebuilt binary in its npm
 * package). resvg draws text only with font files it has loaded: it reads the system's fonts and
 * falls back to DejaVu Sans / Liberation Sans (Debian: fonts-dejavu-core), which the diagram's
 * text widths are measured for.
 */
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Resvg as ResvgClass, ResvgRenderOptions } from '@resvg/resvg-js';

const require = createRequire(import.meta.url);

export interface PngOptions {
    /** Output width in pixels; wins over scale. */
    width?: number;
    /** Multiplier on the SVG's own size (default 2: sharp on screens and in print). */
    scale?: number;
    background?: string;
}

const FALLBACK_FAMILIES = ['DejaVu Sans', 'Liberation Sans', 'Noto Sans', 'FreeSans'];
const FONT_DIRS = ['/usr/share/fonts', '/usr/local/share/fonts', '/Library/Fonts', '/System/Library/Fonts', 'C:\\Windows\\Fonts'];

/** True when at least one font folder exists: without fonts every label would be silently missing. */
export function fontsAvailable(): boolean {
    return FONT_DIRS.some(dir => {
        try {
            return fs.readdirSync(dir).length > 0;
        } catch {
            return false;
        }
    });
}

export function svgToPng(svg: string, options: PngOptions = {}): { png: Uint8Array; width: number; height: number } {
    const { Resvg } = require('@resvg/resvg-js') as { Resvg: typeof ResvgClass };
    const probe = new Resvg(svg, { font: { loadSystemFonts: false } });
    const fitTo: ResvgRenderOptions['fitTo'] = options.width
        ? { mode: 'width', value: Math.round(options.width) }
        : { mode: 'width', value: Math.max(1, Math.round(probe.width * (options.scale ?? 2))) };
    const resvg = new Resvg(svg, {
        fitTo,
        background: options.background,
        font: { loadSystemFonts: true, defaultFontFamily: FALLBACK_FAMILIES[0], sansSerifFamily: FALLBACK_FAMILIES[0] },
        logLevel: 'off',
    });
    const image = resvg.render();
    return { png: image.asPng(), width: image.width, height: image.height };
}
