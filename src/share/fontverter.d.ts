// fontverter ships no types: the one call we use.
declare module 'fontverter' {
  export function convert(buffer: Uint8Array, toFormat: 'truetype' | 'sfnt' | 'woff' | 'woff2', fromFormat?: string): Promise<Buffer>;
}
