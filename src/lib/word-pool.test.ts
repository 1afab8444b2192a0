import { expect, test } from 'vitest';
import { WordPool } from './word-pool.ts';

test('equal words come back as one pooled word, and sets keep every word', () => {
  const pool = new WordPool();
  const text = 'etatsstyringen og samordningsrollene og etatsstyringen';
  const words = text.match(/\p{L}+/gu)!;
  const set = pool.set(words);
  expect([...set]).toEqual(['etatsstyringen', 'og', 'samordningsrollene']);
  expect(pool.size).toBe(3);
  expect(pool.word('etats' + 'styringen')).toBe([...set][0]);
  expect(pool.set(['æøå', 'æøå'])).toEqual(new Set(['æøå']));
});
