import { describe, expect, test } from 'vitest';
import { norwegianStem } from './search-stem.ts';

// Worked by hand from the algorithm (snowballstem.org, Norwegian); e2e/search-fallback.spec.ts
// compares every word of the seed content with Pagefind's own stems.
describe('norwegianStem', () => {
  test('removes the longest main ending inside R1', () => {
    expect(norwegianStem('leder')).toBe('led');
    expect(norwegianStem('lederne')).toBe('ledern');
    expect(norwegianStem('bilens')).toBe('bil');
    expect(norwegianStem('tildelingsbrevene')).toBe('tildelingsbrev');
    expect(norwegianStem('muligheten')).toBe('mul');
  });
  test('leaves a word whose ending lies before R1 alone', () => {
    expect(norwegianStem('hus')).toBe('hus');
    expect(norwegianStem('for')).toBe('for');
    expect(norwegianStem('styring')).toBe('styring');
  });
  test('reads -erte and -ert as -er', () => {
    expect(norwegianStem('leverte')).toBe('lever');
    expect(norwegianStem('levert')).toBe('lever');
  });
  test('drops a final s only after an s-ending', () => {
    expect(norwegianStem('tvers')).toBe('tvers');
    expect(norwegianStem('kontors')).toBe('kontor');
    expect(norwegianStem('styrings')).toBe('styring');
  });
  test('keeps -ers after the exceptions, drops it elsewhere', () => {
    expect(norwegianStem('vinders')).toBe('vinders');
    expect(norwegianStem('lederers')).toBe('leder');
  });
  test('then drops the t of -dt and -vt, and the other endings', () => {
    expect(norwegianStem('fornyelse')).toBe('forny');
    expect(norwegianStem('ledelse')).toBe('led');
    expect(norwegianStem('hardt')).toBe('hard');
    expect(norwegianStem('vanlig')).toBe('van');
  });
  test('counts å, ø and æ as one letter each', () => {
    expect(norwegianStem('måle')).toBe('mål');
    expect(norwegianStem('større')).toBe('størr');
  });
});
