import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { ANNOUNCE_AFTER_MS, createAnnouncer } from './search-announce.ts';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function announcer() {
  const said: string[] = [];
  return { said, a: createAnnouncer((t) => said.push(t)) };
}

describe('createAnnouncer', () => {
  test('announces at once when nobody is typing (a filter ticked, a deep link opened)', () => {
    const { said, a } = announcer();
    a.say('3 treff for «styring».');
    expect(said).toEqual(['3 treff for «styring».']);
  });

  test('waits until typing has paused for ANNOUNCE_AFTER_MS, then announces only the last status', () => {
    const { said, a } = announcer();
    // «s», «st», «sty» typed 200 ms apart, each search answering before the next key.
    for (const [query, hits] of [
      ['s', 9],
      ['st', 7],
      ['sty', 4],
    ] as const) {
      a.typed();
      vi.advanceTimersByTime(150);
      a.say(`${hits} treff for «${query}».`);
      vi.advanceTimersByTime(50);
    }
    expect(said).toEqual([]);
    // 200 ms have passed since the last key: 300 more make the pause ANNOUNCE_AFTER_MS long.
    vi.advanceTimersByTime(ANNOUNCE_AFTER_MS - 200 - 1);
    expect(said).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(said).toEqual(['4 treff for «sty».']);
  });

  test('a key typed while a status waits postpones it', () => {
    const { said, a } = announcer();
    a.typed();
    a.say('4 treff for «sty».');
    vi.advanceTimersByTime(400);
    a.typed();
    vi.advanceTimersByTime(400);
    expect(said).toEqual([]);
    vi.advanceTimersByTime(100);
    expect(said).toEqual(['4 treff for «sty».']);
  });

  test('typing with nothing to say announces nothing', () => {
    const { said, a } = announcer();
    a.typed();
    vi.advanceTimersByTime(ANNOUNCE_AFTER_MS * 4);
    expect(said).toEqual([]);
  });

  test('a status said after the pause is announced at once, and each only once', () => {
    const { said, a } = announcer();
    a.typed();
    vi.advanceTimersByTime(ANNOUNCE_AFTER_MS);
    a.say('Ingen treff for «xyz».');
    vi.advanceTimersByTime(ANNOUNCE_AFTER_MS * 4);
    expect(said).toEqual(['Ingen treff for «xyz».']);
  });
});
