import type { APIContext } from 'astro';
import { absoluteUrl } from '../lib/urls.ts';

export function GET(context: APIContext) {
  const sitemap = absoluteUrl(context.site ?? 'http://localhost:4321', import.meta.env.BASE_URL, '/sitemap-index.xml');
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
