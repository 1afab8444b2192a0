/**
 * What the build (scripts/build.ts) and the content-check integration share about the check: the
 * switch that says the build checks beside Astro, and moving an older build aside when it fails.
 * Small on purpose: the build's own process imports it while Astro runs.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

/**
 * Set by `npm run build` (scripts/build.ts) for the Astro it starts: the build checks the content
 * itself, beside Astro, and stops Astro when the check fails; the integration then skips it.
 */
export const CHECKED_BESIDE = 'KB_CONTENT_CHECKED_BESIDE';

/**
 * Moves an older build out of the output folder, so that it cannot pass for this failed one and be
 * deployed. Returns the line that tells the editor so, or '' when there was none.
 */
export function setAsideOutdated(outDir: string): string {
  const dir = outDir.replace(/[\\/]$/, '');
  if (!existsSync(dir)) return '';
  const aside = `${dir}.utdatert`;
  rmSync(aside, { recursive: true, force: true });
  renameSync(dir, aside);
  return `Det forrige bygget i ${path.basename(dir)}/ er flyttet til ${path.basename(aside)}/, så det ikke publiseres ved en feil.`;
}
