import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { formatReport, validateContent } from '../lib/validate/index.ts';

/**
 * Validates all content before Astro builds anything, and lists every problem at once: the same
 * check and the same messages as `npm run check`. A build with bad content stops here, before a
 * single page is written. On the dev server problems are logged and the server keeps running.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'kunnskapsbanken:content-check',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const { problems, entries } = validateContent(fileURLToPath(config.root));
        if (problems.length === 0) {
          logger.info(`${entries} content files checked: no problems`);
          return;
        }
        const report = formatReport(problems);
        if (command === 'dev') {
          logger.warn(report);
          return;
        }
        const error = new Error(report);
        error.name = 'Innholdsfeil';
        // No stack trace: the report is the message, for editors.
        error.stack = report;
        throw error;
      },
    },
  };
}
