// subset-font ships no types: its one function, as draw.ts calls it (text given, so no keepAllGlyphs).
declare module 'subset-font' {
  export interface SubsetFontOptions {
    /** default: the input's format */
    targetFormat?: 'sfnt' | 'truetype' | 'woff' | 'woff2';
    /** extra `name` table ids to keep (the subsetter drops most) */
    preserveNameIds?: number[];
    /** four-character OpenType feature tags to keep; default all */
    keepFeatures?: string[];
    /** pin an axis to a value, or narrow its range */
    variationAxes?: Record<string, number | { min: number; max: number; default?: number }>;
    noLayoutClosure?: boolean;
    glyphNames?: boolean;
    noHinting?: boolean;
    /** four-character SFNT table tags to drop */
    dropTables?: string[];
  }
  /** A subset of `font` (TTF, WOFF or WOFF2) holding the glyphs of `text`. */
  export default function subsetFont(font: Uint8Array, text: string, options?: SubsetFontOptions): Promise<Buffer>;
}
