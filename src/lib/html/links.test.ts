import { describe, expect, it } from 'vitest';
import { linkTargets } from './links.ts';

describe('linkTargets', () => {
  it("gives every anchor's href in order, whatever the quoting, entities decoded", () => {
    const html =
      '<nav><a href="/tema/samordning/">Samordning</a></nav><main><a class=kort href=/artikler/a/>A</a>' +
      '<a href=\'/artikler/b/?side=2&amp;x=1\'>B</a><a>uten</a><a href="">tom</a></main>';
    expect(linkTargets(html)).toEqual(['/tema/samordning/', '/artikler/a/', '/artikler/b/?side=2&x=1', '']);
  });

  it('does not take an href out of text, comments or other elements', () => {
    const html =
      '<p>Skriv href="/artikler/falsk/" i teksten</p><!-- <a href="/artikler/kommentar/"> -->' +
      '<link rel="alternate" href="/rss.xml"><script>const a = \'<a href="/artikler/skript/">\';</script>';
    expect(linkTargets(html)).toEqual([]);
  });
});
