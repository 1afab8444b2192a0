import { describe, expect, test } from 'vitest';
import { named } from './named.ts';

describe('a noun for a list of names', () => {
  test('is singular for one name and plural for more', () => {
    expect(named(['tittel'], 'egenskapen', 'egenskapene')).toBe('egenskapen tittel');
    expect(named(['tittel', 'type'], 'egenskapen', 'egenskapene')).toBe('egenskapene tittel, type');
    expect(named(['id'], 'bare feltet', 'bare disse feltene:')).toBe('bare feltet id');
  });
});
