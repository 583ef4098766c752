// HTML as a parser reads it, printed one node a line with sorted attributes: golden files compare
// structure, not the renderer's spacing, and their diffs read like a tree. White space inside
// `<pre>` is kept exactly (as a JSON string), since it is what the audience sees.
import { ElementType, parseDocument } from 'htmlparser2';

type Node = ReturnType<typeof parseDocument>['children'][number];
const RE_SPACE = /\s+/g;

export function canonicalHtml(html: string): string {
  const lines: string[] = [];
  const walk = (nodes: Node[], depth: number, pre: boolean): void => {
    const indent = '  '.repeat(depth);
    for (const node of nodes) {
      if (node.type === ElementType.Text) {
        // Runs of white space count as one space; a line break between tags is layout, not text.
        const text = pre ? node.data : node.data.replace(RE_SPACE, ' ');
        if (text !== '' && !(text === ' ' && node.data.includes('\n'))) lines.push(`${indent}${JSON.stringify(text)}`);
      } else if (node.type === ElementType.Comment) {
        lines.push(`${indent}<!--${node.data}-->`);
      } else if (node.type === ElementType.Tag || node.type === ElementType.Script || node.type === ElementType.Style) {
        const attributes = Object.entries(node.attribs)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}=${JSON.stringify(value)}`))
          .join('');
        lines.push(`${indent}<${node.name}${attributes}>`);
        walk(node.children as Node[], depth + 1, pre || node.name === 'pre');
      }
    }
  };
  walk(parseDocument(html, { decodeEntities: true }).children, 0, false);
  return `${lines.join('\n')}\n`;
}
