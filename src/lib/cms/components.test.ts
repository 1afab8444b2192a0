import { describe, expect, test } from 'vitest';
import { blockToMdx, EDITOR_COMPONENTS, mdxToBlock } from './components.ts';

const spec = (name: string) => EDITOR_COMPONENTS.find((c) => c.name === name)!;

describe('editor blocks', () => {
  test('offers the components issue 12 names, each prop once', () => {
    expect(EDITOR_COMPONENTS.map((c) => c.name)).toEqual([
      'Faktaboks',
      'Merknad',
      'Sitat',
      'Figur',
      'Utvid',
      'Vedlegg',
    ]);
    for (const c of EDITOR_COMPONENTS) expect(new Set(c.props.map((p) => p.name)).size).toBe(c.props.length);
  });

  test('writes a wrapping component with its text between blank lines, as MDX needs for Markdown inside', () => {
    expect(blockToMdx(spec('Faktaboks'), { tittel: 'Om rapporten', innhold: 'Tre **funn**.' })).toBe(
      '<Faktaboks tittel="Om rapporten">\n\nTre **funn**.\n\n</Faktaboks>',
    );
  });

  test('writes a standalone component without the optional props left empty, quotes escaped', () => {
    expect(
      blockToMdx(spec('Figur'), { bilde: '../bilder/kart.jpg', alt: 'Kart «over» "regionene"', bildetekst: '' }),
    ).toBe('<Figur bilde="../bilder/kart.jpg" alt="Kart «over» &quot;regionene&quot;" />');
  });

  test('reads back what it wrote, for every component', () => {
    for (const c of EDITOR_COMPONENTS) {
      const data = Object.fromEntries(c.props.map((p) => [p.name, p.values?.[1] ?? `${p.name} «æøå» "x"`]));
      if (c.content) data['innhold'] = 'Første avsnitt.\n\nAndre avsnitt.';
      expect(mdxToBlock(c, blockToMdx(c, data)), c.name).toEqual(data);
    }
  });

  test('does not take another component, or an unclosed one, for its own', () => {
    expect(mdxToBlock(spec('Sitat'), '<Faktaboks tittel="x">\n\ny\n\n</Faktaboks>')).toBeUndefined();
    expect(mdxToBlock(spec('Sitat'), '<Sitat kilde="x">\n\ny')).toBeUndefined();
  });
});
