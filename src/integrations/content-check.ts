import type { AstroIntegration } from 'astro';

/**
 * Validates all content before Astro builds anything, and lists every problem at once.
 * Same validation as `npm run check`. (Stub: filled in by the editor-workflow work.)
 */
export function contentCheck(): AstroIntegration {
  return { name: 'kunnskapsbanken:content-check', hooks: {} };
}
