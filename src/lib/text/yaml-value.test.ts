import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { yamlValue } from './yaml-value.ts';

describe('a text written back as a YAML value', () => {
  test('stays as written where YAML reads it back the same', () => {
    expect(yamlValue('../bilder/kart.png')).toBe('../bilder/kart.png');
    expect(yamlValue('Tre råd om styring')).toBe('Tre råd om styring');
  });
  test('is put in single quotes where YAML would read it otherwise', () => {
    expect(yamlValue('../bilder/kart #2.png')).toBe("'../bilder/kart #2.png'");
    expect(yamlValue('Les dette: viktig')).toBe("'Les dette: viktig'");
    expect(yamlValue('true')).toBe("'true'");
    expect(yamlValue("'Tillit' i staten")).toBe("'''Tillit'' i staten'");
    expect(yamlValue('- Tillit')).toBe("'- Tillit'");
  });
  test.each(['a #b', "it's: x", '[a, b]', '"sitat"', '*stjerne', '   ', '@x'])(
    '«%s» is read back as written',
    (text) => {
      expect(parse(`felt: ${yamlValue(text)}`).felt).toBe(text);
    },
  );
});
