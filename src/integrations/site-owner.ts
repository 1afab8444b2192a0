import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { SITE_OWNER_FILE, loadSiteOwner } from '../lib/site-owner.ts';

/**
 * Reads the facts about the site owner (config/site-owner.yaml) before the build: a wrong value
 * fails the build with its line; a fact not filled in yet gives a warning, and the pages that
 * need it say plainly that it is not set up (see docs/deploying.md).
 */
export function siteOwner(): AstroIntegration {
  return {
    name: 'kunnskapsbanken:site-owner',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const { problems, unset } = loadSiteOwner(fileURLToPath(config.root));
        if (problems.length > 0) {
          const report = [`Feil i ${SITE_OWNER_FILE}:`, ...problems].join('\n');
          const error = new Error(report);
          error.name = 'Konfigurasjonsfeil';
          error.stack = report;
          throw error;
        }
        if (unset.length > 0)
          logger.warn(
            `${SITE_OWNER_FILE}: ${unset.join(', ')} er ikke fylt ut. Tilgjengelighetserklæringen sier at kontaktopplysningene ikke er satt opp ennå. Fyll dem ut før nettstedet publiseres (docs/deploying.md).`,
          );
      },
    },
  };
}
