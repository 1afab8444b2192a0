import { describe, expect, test } from 'vitest';
import { historyStep, type SearchCause } from './search-history.ts';

/** Runs a sequence of searches from a page opened at `start`, like the browser's history would hold them. */
function browse(start: string, searches: readonly [SearchCause, string][]): string[] {
  const entries = [start];
  let committed = true;
  for (const [cause, url] of searches) {
    const { step, committed: now } = historyStep(entries.at(-1)!, url, cause, committed);
    if (step === 'push') entries.push(url);
    if (step === 'replace') entries[entries.length - 1] = url;
    committed = now;
  }
  return entries;
}

describe('historyStep', () => {
  test('typing after a committed search starts one new entry, which the rest of the typing replaces', () => {
    expect(
      browse('?q=styring', [
        ['typing', '?q=s'],
        ['typing', '?q=sam'],
        ['typing', '?q=samordning'],
      ]),
    ).toEqual(['?q=styring', '?q=samordning']);
  });

  test('typing from the empty search page keeps the empty page behind it, for Back', () => {
    expect(
      browse('', [
        ['typing', '?q=le'],
        ['typing', '?q=ledere'],
      ]),
    ).toEqual(['', '?q=ledere']);
  });

  test('a commit of what was typed keeps its entry, and the next typing starts a new one', () => {
    expect(
      browse('', [
        ['typing', '?q=styring'],
        ['commit', '?q=styring'],
        ['typing', '?q=samordning'],
      ]),
    ).toEqual(['', '?q=styring', '?q=samordning']);
  });

  test('a filter or sort changed after a committed search is a new entry', () => {
    expect(
      browse('?q=styring', [
        ['commit', '?q=styring&tema=samordning'],
        ['commit', '?q=styring&tema=samordning&sortering=nyeste'],
      ]),
    ).toEqual(['?q=styring', '?q=styring&tema=samordning', '?q=styring&tema=samordning&sortering=nyeste']);
  });

  test('a filter changed while typing commits the typed search in the entry typing started', () => {
    expect(
      browse('?q=styring', [
        ['typing', '?q=samord'],
        ['commit', '?q=samord&tema=samordning'],
      ]),
    ).toEqual(['?q=styring', '?q=samord&tema=samordning']);
  });

  test('typing back to the very search the entry holds changes nothing', () => {
    expect(browse('?q=styring', [['typing', '?q=styring']])).toEqual(['?q=styring']);
    expect(historyStep('?q=styring', '?q=styring', 'typing', true)).toEqual({ step: 'none', committed: true });
    expect(historyStep('?q=styr', '?q=styr', 'typing', false)).toEqual({ step: 'none', committed: false });
  });
});
