import { describe, expect, test } from 'vitest';
import { slugFromFileName, slugify } from './slug.ts';

describe('slugify', () => {
  test('transliterates æ, ø and å to ae, o and a', () => {
    expect(slugify('Nøklene til handlingsrommet')).toBe('noklene-til-handlingsrommet');
    expect(slugify('Særlig på Åsgårdstrand')).toBe('saerlig-pa-asgardstrand');
  });
  test('drops accents and joins words with single hyphens', () => {
    expect(slugify('  Café – «Endring til frokost»!  ')).toBe('cafe-endring-til-frokost');
  });
  test('lower-cases capitals, including Æ Ø Å', () => {
    expect(slugify('ÆRLIG ØKONOMI Å')).toBe('aerlig-okonomi-a');
  });
});

describe('slugFromFileName', () => {
  test('strips the .mdx or .md extension and any folder', () => {
    expect(slugFromFileName('content/artikler/Tre-nøkler.mdx')).toBe('tre-nokler');
    expect(slugFromFileName('notat.md')).toBe('notat');
  });
});
