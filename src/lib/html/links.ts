import { Parser } from 'htmlparser2';

/**
 * The `href` of every `<a>` in an HTML page, in document order, entities decoded (`&amp;` → `&`),
 * as a browser would follow them; read with an HTML parser (htmlparser2), whatever the quoting
 * of the attribute. `<link>`/`<area>` are not links a reader follows in a listing, so they are
 * left out. Used by the completeness check (src/build/completeness.ts) on listing pages.
 */
export function linkTargets(html: string): string[] {
  const hrefs: string[] = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'a' && attributes['href'] !== undefined) hrefs.push(attributes['href']);
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return hrefs;
}
