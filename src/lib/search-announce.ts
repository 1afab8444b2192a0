/**
 * The search page's live region (WCAG 4.1.3): a screen reader hears the status («12 treff for
 * «styring».») once typing has paused, and only the last one, not one per keystroke. The page may
 * show results sooner; only the announced line waits.
 */

/** How long typing must pause before the status is announced. */
export const ANNOUNCE_AFTER_MS = 500;

export interface Announcer {
  /** A key was typed in the query field: hold announcements until typing pauses. */
  typed(): void;
  /** The status to announce: written now if typing has paused, else when it does (the last one wins). */
  say(text: string): void;
}

export function createAnnouncer(write: (text: string) => void, quietMs = ANNOUNCE_AFTER_MS): Announcer {
  let lastKey = -Infinity;
  let pending: string | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  function flushWhenQuiet(): void {
    clearTimeout(timer);
    if (pending === undefined) return;
    const wait = lastKey + quietMs - Date.now();
    if (wait > 0) {
      timer = setTimeout(flushWhenQuiet, wait);
      return;
    }
    const text = pending;
    pending = undefined;
    write(text);
  }

  return {
    typed() {
      lastKey = Date.now();
      if (pending !== undefined) flushWhenQuiet();
    },
    say(text) {
      pending = text;
      flushWhenQuiet();
    },
  };
}
