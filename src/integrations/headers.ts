import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { cmsSettings } from '../lib/cms/settings.ts';
import { writeHeadersFile } from '../../scripts/write-headers.ts';

/**
 * Writes `_headers` into the build once every other step has written its files (it must be the
 * last integration): the Content Security Policy is given per top-level path of the build, so that
 * `/admin/` gets the editor's policy alone (scripts/lib/csp-rules.ts).
 */
export function headers(): AstroIntegration {
  return {
    name: 'kunnskapsbanken:headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        writeHeadersFile(fileURLToPath(dir), cmsSettings(process.env).connect);
        logger.info('_headers written');
      },
    },
  };
}
