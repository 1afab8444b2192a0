import { describe, expect, test } from 'vitest';
import { parse } from 'node-html-parser';
import { DomUtils, parseDocument } from 'htmlparser2';
import { separatesWords, withWordBoundaries } from './word-boundaries.ts';

/** The words an indexer that joins adjacent text (as Pagefind does for `dt`, `dd`, `td`…) reads. */
const joinedWords = (html: string) => DomUtils.textContent(parseDocument(html)).split(/\s+/).filter(Boolean);

describe('word boundaries for the search index', () => {
  test.each([
    [
      'a label and its value',
      '<dl><dt>Tid</dt><dd>fredag 17. mars</dd><dt>Sted</dt><dd>Trondheim</dd></dl>',
      ['Tid', 'fredag', '17.', 'mars', 'Sted', 'Trondheim'],
    ],
    [
      'table cells and rows',
      '<table><tr><th>Etat</th><th>År</th></tr><tr><td>Difi</td><td>2016</td></tr></table>',
      ['Etat', 'År', 'Difi', '2016'],
    ],
    [
      'list items',
      '<ul><li>samordning</li><li>styring</li></ul><ol><li>en</li><li>to</li></ol>',
      ['samordning', 'styring', 'en', 'to'],
    ],
    [
      'block elements',
      '<h2>Tittel</h2><p>Avsnitt</p><blockquote><p>Sitat</p></blockquote><div>Boks</div><section>Del</section>',
      ['Tittel', 'Avsnitt', 'Sitat', 'Boks', 'Del'],
    ],
    ['a line break, in either form', '<p>linje<br>ny<br/>tredje<br />fjerde</p>', ['linje', 'ny', 'tredje', 'fjerde']],
    [
      'details, figures and headings of the article',
      '<details><summary>Les</summary>mer</details><figure><img alt=""><figcaption>Bildetekst</figcaption></figure>',
      ['Les', 'mer', 'Bildetekst'],
    ],
    ['an implied end tag', '<p>første<p>andre', ['første', 'andre']],
  ])('separates %s', (_, html, words) => {
    expect(joinedWords(html)).not.toEqual(words);
    expect(joinedWords(withWordBoundaries(html))).toEqual(words);
  });

  test('leaves words built from phrasing elements whole, as the page shows them', () => {
    const html =
      '<p><em>sam</em>ordning, <a href="/x/">etats</a><strong>styring</strong> og <code>IT</code>-styring<sup>1</sup></p>';
    expect(joinedWords(withWordBoundaries(html))).toEqual(['samordning,', 'etatsstyring', 'og', 'IT-styring1']);
  });

  test('adds one space, only where two runs of text meet at a separating tag', () => {
    expect(withWordBoundaries('<dl><dt>Tid</dt><dd>fredag</dd><dt>Sted</dt><dd> Oslo</dd></dl>')).toBe(
      '<dl><dt>Tid</dt><dd> fredag</dd><dt> Sted</dt><dd> Oslo</dd></dl>',
    );
  });

  test('changes neither attributes, the head nor the text of script, style and pre', () => {
    const html =
      '<html><head><title>Tittel</title></head><body><article data-pagefind-meta="ingress:Tid&lt;dd&gt;Sted"><pre>a<b>b</b>\n  c</pre><script>if (a<p) x()</script></article></body></html>';
    expect(withWordBoundaries(html)).toBe(html);
    const spaced = withWordBoundaries('<p title="a</p><p>b">x</p><p>y</p>');
    expect(parse(spaced).querySelector('p')!.getAttribute('title')).toBe('a</p><p>b');
  });

  test('returns the same string when nothing separates words', () => {
    const html = 'bare <em>tekst</em>';
    expect(withWordBoundaries(html)).toBe(html);
  });

  test('knows phrasing content from the HTML Standard, and custom elements as phrasing', () => {
    for (const name of ['span', 'a', 'em', 'time', 'code', 'SUP', 'my-widget'])
      expect(separatesWords(name)).toBe(false);
    for (const name of ['br', 'p', 'dd', 'dt', 'td', 'th', 'li', 'DIV', 'h2', 'summary', 'figcaption', 'caption'])
      expect(separatesWords(name)).toBe(true);
  });
});
