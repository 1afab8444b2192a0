import { describe, expect, test } from 'vitest';
import { LAID_OUT_AS_BLOCK, wordSpacingFaults } from './word-spacing.ts';

const page = (body: string) =>
  `<!doctype html><html lang="nb"><head><title>x</title></head><body>${body}</body></html>`;

describe('wordSpacingFaults', () => {
  test('finds a word joined to the link after it, and a link joined to the word after it', () => {
    expect(wordSpacingFaults(page('<p>kan du klage til<a href="/">Tilsynet</a>.</p>'))).toEqual([
      "word joined at an element's edge: «du klage tilTilsynet.»",
    ]);
    expect(wordSpacingFaults(page('<p>akkurat nå.<a href="/k.ics">Abonner</a> på kalenderen.</p>'))).toHaveLength(1);
    expect(
      wordSpacingFaults(page('<p><a href="/">Adam Galinsky</a>, professor<span>(1 artikkel)</span></p>')),
    ).toHaveLength(1);
    expect(wordSpacingFaults(page('<p><a href="/">«Rapport»</a><span>Difi</span></p>'))).toHaveLength(1);
    expect(
      wordSpacingFaults(page('<p>navn (<code>aria-input-field-name</code>,<code>aria-required-attr</code>)</p>')),
    ).toEqual(["word joined at an element's edge: «navn (aria-input-field-name,aria-required-attr)»"]);
  });
  test('finds a space a line break put before a comma', () => {
    expect(wordSpacingFaults(page('<p><a href="/">«Rapport»</a> <span>Difi , 2014</span></p>'))).toEqual([
      'space before a comma: ««Rapport» Difi , 2014»',
    ]);
  });
  test('lets quotes, brackets, punctuation and hyphens touch an element, as Norwegian writes them', () => {
    expect(
      wordSpacingFaults(
        page(
          '<p>Les «<a href="/">Rapport</a>», (<em>se også</em>) <a href="/">IT</a>-styring og <strong>Når:</strong> i dag.</p>' +
            '<ol><li><a href="/">Forside</a></li><li>Tema</li></ol><p>Fotnote<sup>1</sup> og <code>npm</code>-kommandoen</p>',
        ),
      ),
    ).toEqual([]);
  });
  test('reads no code, and no word across two blocks', () => {
    expect(
      wordSpacingFaults(
        page('<pre>a<b>b</b> , c</pre><p>slutt</p><p>start <code>a<b>b</b> , c</code></p><div>a<div>b</div></div>'),
      ),
    ).toEqual([]);
  });
  test('takes an inline element laid out as a block (a flex item, a tag) as apart from its neighbours', () => {
    const meta = (mark: string) =>
      page(
        `<p class="meta"><span ${mark}>Arrangement</span><span ${mark}>Samordning</span><time ${mark}>1. mars</time></p>`,
      );
    expect(wordSpacingFaults(meta(LAID_OUT_AS_BLOCK))).toEqual([]);
    expect(wordSpacingFaults(meta('class="x"'))).toHaveLength(2);
  });
});
