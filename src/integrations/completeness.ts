import type { AstroIntegration } from 'astro';

/**
 * After the build (and the search index), proves that every published entry has its page, is in
 * every listing it belongs to and in the search index. (Stub: filled in by the editor-workflow work.)
 */
export function completeness(): AstroIntegration {
  return { name: 'kunnskapsbanken:completeness', hooks: {} };
}
