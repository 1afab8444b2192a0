import { describe, expect, test } from 'vitest';
import {
  cleanDeep,
  cleanText,
  classify,
  describeCharacter,
  findUnwantedCharacters,
  hasLineBreak,
  GUILLEMETS,
  TYPOGRAPHIC_QUOTES,
  isApostrophe,
} from './characters.ts';

/** XML 1.0 §2.2 `Char`, written out from the production, independent of the module under test. */
const xmlChar = (cp: number) =>
  cp === 0x9 ||
  cp === 0xa ||
  cp === 0xd ||
  (cp >= 0x20 && cp <= 0xd7ff) ||
  (cp >= 0xe000 && cp <= 0xfffd) ||
  cp >= 0x10000;
/** RFC 5545 §3.3.11 / §3.1: CONTROL = %x00-08 / %x0A-1F / %x7F (LF is written escaped). */
const icsControl = (cp: number) =>
  (cp <= 0x08 || (cp >= 0x0a && cp <= 0x1f) || cp === 0x7f) && cp !== 0x0a && cp !== 0x0d;

const sampled = [
  ...Array.from({ length: 0x100 }, (_, i) => i),
  ...Array.from({ length: 0x70 }, (_, i) => 0x2000 + i),
  ...Array.from({ length: 0x800 }, (_, i) => 0xd800 + i),
  ...Array.from({ length: 0x20 }, (_, i) => 0xfdd0 + i),
  0xfeff,
  0xfffc,
  0xfffd,
  0xfffe,
  0xffff,
  0x1fffe,
  0x1ffff,
  0x10fffe,
  0x10ffff,
  0x1f600,
];

describe('character classes', () => {
  test('every character XML 1.0 or RFC 5545 TEXT forbids is unwanted', () => {
    const forbidden = sampled.filter((cp) => !xmlChar(cp) || icsControl(cp));
    expect(forbidden.length).toBeGreaterThan(2000);
    for (const cp of forbidden) expect(classify(cp), cp.toString(16)).toBeDefined();
  });
  test('the fast first test finds exactly the characters the classes name', () => {
    for (const cp of sampled) {
      const text = `a${String.fromCodePoint(cp)}b`;
      expect(findUnwantedCharacters(text).length > 0, cp.toString(16)).toBe(classify(cp) !== undefined);
      expect(cleanText(text) === text, cp.toString(16)).toBe(classify(cp) === undefined);
    }
  });
  test('keeps no-break space, soft hyphen, zero-width (non-)joiner, direction marks and emoji', () => {
    for (const cp of [0x09, 0x0a, 0x0d, 0x20, 0xa0, 0xad, 0x200c, 0x200d, 0x200e, 0x200f, 0x1f600, 0xe5])
      expect(classify(cp), cp.toString(16)).toBeUndefined();
  });
  test('rejects the invisible word splitters and gluers of pasted web text: U+200B, U+2060, U+FEFF', () => {
    for (const cp of [0x200b, 0x2060, 0xfeff]) expect(classify(cp), cp.toString(16)).toBe('zero-width');
    expect(cleanText('sam\u200Bordning og etats\uFEFFstyring')).toBe('samordning og etatsstyring');
  });
  test('rejects bidirectional overrides, C1 controls, noncharacters and the replacement character', () => {
    for (const cp of [0x202e, 0x2066, 0x85, 0x9f, 0xfdd0, 0xfffe, 0x1ffff, 0xfffd]) expect(classify(cp)).toBeDefined();
  });
  test('names the word processor line break in words an editor understands', () => {
    expect(describeCharacter(0x0b)).toBe('usynlig tegn U+000B (manuelt linjeskift fra tekstbehandler)');
    expect(describeCharacter(0x10ffff)).toBe('usynlig tegn U+10FFFF (ikke-tegn, finnes ikke i noen skrift)');
  });
  test('says every unwanted character with one pair of parentheses, never one inside another', () => {
    const codePoints = [...Array(0x3000).keys(), 0xfdd0, 0xfeff, 0xfffd, 0xfffe, 0x1fffe, 0x10ffff].filter(
      (cp) => classify(cp) !== undefined,
    );
    expect(codePoints.length).toBeGreaterThan(50);
    for (const cp of codePoints) expect(describeCharacter(cp), cp.toString(16)).toMatch(/^[^()]* \([^()]*\)$/);
  });
});

describe('finding and cleaning', () => {
  test('finds lone surrogates but not surrogate pairs, with their line', () => {
    expect(findUnwantedCharacters('a😀b')).toEqual([]);
    expect(findUnwantedCharacters('a\n\uD800b\r\n\uDC00')).toEqual([
      { index: 2, codePoint: 0xd800, line: 2 },
      { index: 6, codePoint: 0xdc00, line: 3 },
    ]);
  });
  test('turns line-break-like controls into a space and drops the rest, idempotently', () => {
    const dirty = 'Ingress\u000Bmed\u2028linjeskift\u0000 og \u202Eomvendt\uFFFE\uD83D.';
    const clean = cleanText(dirty);
    expect(clean).toBe('Ingress med linjeskift og omvendt.');
    expect(cleanText(clean)).toBe(clean);
    expect(findUnwantedCharacters(clean)).toEqual([]);
  });
  test('cleans every string in a value, leaving other values alone', () => {
    const date = new Date(0);
    expect(cleanDeep({ a: ['x\u0007y'], b: 3, c: { d: '\u0085' }, date })).toEqual({
      a: ['xy'],
      b: 3,
      c: { d: ' ' },
      date,
    });
  });
  test('a line break inside a one-line text, not at its ends', () => {
    expect(hasLineBreak('Tittel\n')).toBe(false);
    expect(hasLineBreak('Tit\ntel')).toBe(true);
    expect(hasLineBreak('Tit\rtel')).toBe(true);
  });
});

describe('quotation marks and apostrophes', () => {
  test('the one list holds Word’s, the Norwegian and the reversed marks, and no straight quote', () => {
    for (const mark of '“”‘’„‚‟‛«»‹›') expect(TYPOGRAPHIC_QUOTES).toContain(mark);
    expect(TYPOGRAPHIC_QUOTES).not.toMatch(/["']/);
    expect(GUILLEMETS).toBe('«»‹›');
  });
  test('a mark before a digit or between letters is an apostrophe, and ’ before a word; ‘ before a word is a quote', () => {
    expect(isApostrophe('‘90s', 0)).toBe(true);
    expect(isApostrophe('’17', 0)).toBe(true);
    expect(isApostrophe('Hans’s', 4)).toBe(true);
    expect(isApostrophe('‘Tillit', 0)).toBe(false);
    expect(isApostrophe('«90»', 0)).toBe(false);
    expect(isApostrophe('Hans’', 4)).toBe(false);
    expect(isApostrophe('’tis the season', 0)).toBe(true);
    expect(isApostrophe('rock ’n’ roll', 5)).toBe(true);
    expect(isApostrophe('rock’n’roll', 4)).toBe(true);
    expect(isApostrophe('’ Tillit', 0)).toBe(false);
  });
});
