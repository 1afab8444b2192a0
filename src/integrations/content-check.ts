import type { AstroIntegration } from 'astro';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatReport, validateContent } from '../lib/validate/index.ts';
import { CHECKED_BESIDE, setAsideOutdated } from '../build/content-check-beside.ts';

/**
 * Validates all content before Astro builds anything, and lists every problem at once: the same
 * check and the same messages as `npm run check`. A build with bad content stops here, before a
 * single page is written. On the dev server problems are logged, again whenever a content file is
 * saved, and the server keeps running. Under `npm run build` the check runs beside Astro instead
 * (`CHECKED_BESIDE`), with the same report.
 */
export function contentCheck(): AstroIntegration {
  let root = '';
  let cacheDir = '';
  const check = () => validateContent(root, { cacheDir });
  return {
    name: 'kunnskapsbanken:content-check',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        root = fileURLToPath(config.root);
        cacheDir = fileURLToPath(config.cacheDir);
        if (command === 'build' && process.env[CHECKED_BESIDE]) return;
        const { problems, entries } = check();
        if (problems.length === 0) {
          logger.info(`${entries} content files checked: no problems`);
          return;
        }
        let report = formatReport(problems);
        if (command === 'dev') {
          logger.warn(report);
          return;
        }
        // An older build left in the output folder must not pass for this one and be deployed.
        const moved = command === 'build' ? setAsideOutdated(fileURLToPath(config.outDir)) : '';
        if (moved) report += `\n${moved}`;
        const error = new Error(report);
        error.name = 'Innholdsfeil';
        // No stack trace: the report is the message, for editors.
        error.stack = report;
        throw error;
      },
      'astro:server:setup': ({ server, logger }) => {
        const contentDir = path.join(root, 'content') + path.sep;
        server.watcher.on('all', (_event, file) => {
          if (!file.startsWith(contentDir)) return;
          const { problems, entries } = check();
          if (problems.length === 0) logger.info(`${entries} content files checked: no problems`);
          else logger.warn(formatReport(problems));
        });
      },
    },
  };
}
