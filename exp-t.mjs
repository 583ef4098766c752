import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
const doc = await getDocument({ url: '/tmp/exp/a.pdf' }).promise;
const outline = await doc.getOutline();
console.log(JSON.stringify(outline?.map(o => [o.title, o.items.length])));
for (const n of [1, 2]) {
  const page = await doc.getPage(n);
  const tc = await page.getTextContent();
  console.log(JSON.stringify(tc.items.map(i => [i.str, i.hasEOL])));
  console.log(JSON.stringify((await page.getAnnotations()).map(a => [a.subtype, a.url, a.dest])));
}
