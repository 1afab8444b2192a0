import { z } from 'astro/zod';
import { oneLineTextFaults } from '../text/characters.ts';

/**
 * Marks the issues of the character rule. Astro's parse needs them; `npm run check` reports the
 * same characters itself, one problem per character with its exact line, in keys and values of every
 * field (src/lib/validate/characters.ts), so it drops these.
 */
export const CHARACTER_RULE = 'characters';

/** True for an issue raised by the character rule (see `CHARACTER_RULE`). */
export const isCharacterIssue = (issue: { code: string; params?: unknown }) =>
  issue.code === 'custom' && (issue.params as { rule?: string } | undefined)?.rule === CHARACTER_RULE;

/**
 * Text an editor writes on one line (titles, ingresses, names, ids): no character an output cannot
 * carry and no line break inside (the classes and their sources: src/lib/text/characters.ts).
 */
export const oneLine = () =>
  z.string().superRefine((value, ctx) => {
    for (const message of oneLineTextFaults(value)) {
      ctx.addIssue({ code: 'custom', message, params: { rule: CHARACTER_RULE } });
    }
  });

/** One-line text that is not blank, after trimming: a title, a name, an ingress. */
export const text = () => oneLine().trim().min(1);
