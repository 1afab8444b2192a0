import { describe, expect, test } from 'vitest';
import { checkBody } from './body.ts';

const said = (body: string) =>
  checkBody('a.mdx', body, 7).problems.map((p) => `${p.line} ${p.problem} — ${p.expected}`);

describe('a component prop under another name', () => {
  test('a prop whose meaning is clear is told the prop meant, with the value kept, once', () => {
    expect(said('<Sitat forfatter="Ola Nordmann">\nTekst\n</Sitat>\n')).toEqual([
      '7 <Sitat> har ingen egenskap «forfatter»: egenskapen for det heter kilde — kilde="Ola Nordmann"',
    ]);
    expect(said('<Figur\n  src="../bilder/kart.jpg"\n  alt="Kart over Norge"\n  caption="Kartet"\n/>\n')).toEqual([
      '8 <Figur> har ingen egenskap «src»: egenskapen for det heter bilde — bilde="../bilder/kart.jpg"',
      '10 <Figur> har ingen egenskap «caption»: egenskapen for det heter bildetekst — bildetekst="Kartet"',
    ]);
    expect(said('<Vedlegg href="../vedlegg/a.pdf" />\n')).toEqual([
      '7 <Vedlegg> har ingen egenskap «href»: egenskapen for det heter fil — fil="../vedlegg/a.pdf"',
    ]);
  });
  test('beside the prop itself, the other name is only an unknown prop', () => {
    expect(said('<Sitat kilde="Kari" forfatter="Ola">\nTekst\n</Sitat>\n')).toEqual([
      '7 <Sitat> har ingen egenskap «forfatter» — egenskapen kilde',
    ]);
  });
});

describe('a Figur’s alt text', () => {
  test('a file name as alt text is said at the alt line, not at the tag’s', () => {
    expect(said('<Figur\n  bilde="../bilder/kart.jpg"\n  alt="kart.jpg"\n/>\n')).toEqual([
      '9 alt-teksten «kart.jpg» til bildet «../bilder/kart.jpg» er et filnavn, ikke en beskrivelse — en alt-tekst som sier hva bildet viser, f.eks. «Kart over regionene»',
    ]);
  });
  test('one word that is no file name is an alt text', () => {
    expect(said('<Figur bilde="../bilder/logo.svg" alt="Logo" />\n')).toEqual([]);
  });
});
