// The deck's favicon: a container inside a container (the talk's Docker-in-Docker), drawn as SVG
// in the theme's colours, so every deck gets an icon that matches its slides.
import { escapeHtml } from '../deck/escape-html.ts';
import type { Palette } from './theme-look.ts';

export const FAVICON_FILE = 'favicon.svg';

export function faviconSvg(colours: Palette): string {
  const [outer, line, inner] = [colours.heading, colours.background, colours.accent].map(escapeHtml);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="64" height="64">
<rect width="64" height="64" rx="12" fill="${outer}"/>
<rect x="13" y="13" width="38" height="38" rx="5" fill="none" stroke="${line}" stroke-width="5"/>
<rect x="23" y="23" width="18" height="18" rx="2" fill="${line}"/>
<rect x="27" y="27" width="10" height="10" fill="${inner}"/>
</svg>
`;
}
