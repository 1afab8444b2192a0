import { SITE } from '../lib/site.ts';
import { withBase } from '../lib/urls.ts';

/** The web manifest, with paths under the base path. */
export function GET() {
  const base = import.meta.env.BASE_URL;
  const manifest = {
    name: SITE.name,
    short_name: SITE.name,
    description: SITE.description,
    lang: 'nb',
    start_url: withBase(base, '/'),
    scope: withBase(base, '/'),
    display: 'browser',
    background_color: '#ffffff',
    theme_color: '#0062ba',
    icons: [{ src: withBase(base, '/favicon.svg'), sizes: 'any', type: 'image/svg+xml' }],
  };
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'Content-Type': 'application/manifest+json' } });
}
