import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

/** The stylesheet that carries the site's address for print (src/styles/print.css reads it). */
const STYLESHEET = fileURLToPath(new URL('../styles/global.css', import.meta.url));

/**
 * The CSS custom property `--site-origin` on `:root`, a CSS string of the site's origin
 * (`config.site`, from SITE_URL), so that a printed link within the site shows the address a
 * reader can type (`https://example.no/kunnskapsbank/personer/…`), not a path. Added to the
 * stylesheet at build time, not in the page: the security policy allows no inline style. An
 * origin is scheme, host and port only (WHATWG URL §4), so it needs no escaping in a CSS string.
 */
export function printOrigin(): AstroIntegration {
  return {
    name: 'kunnskapsbanken:print-origin',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const origin = config.site ? new URL(config.site).origin : '';
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'kunnskapsbanken:print-origin',
                // Before Vite's own CSS plugin, which turns the stylesheet into a module.
                enforce: 'pre',
                transform(code: string, id: string) {
                  if (id.split('?')[0] !== STYLESHEET) return undefined;
                  return { code: `${code}\n:root {\n  --site-origin: ${JSON.stringify(origin)};\n}\n`, map: null };
                },
              },
            ],
          },
        });
      },
    },
  };
}
