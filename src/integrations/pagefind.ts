import type { AstroIntegration } from 'astro';

/** Writes the Pagefind search index into the build output. (Stub: filled in by the search work.) */
export function pagefind(): AstroIntegration {
  return { name: 'kunnskapsbanken:pagefind', hooks: {} };
}
