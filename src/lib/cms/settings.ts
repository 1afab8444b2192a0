/**
 * Whether the build includes the web editor, and which git host it saves to, from the environment:
 *
 * - `CMS=off` leaves `/admin/` out of the build (default: included).
 * - `CMS_BACKEND` `github` (default) or `gitlab`; `CMS_REPO` `eier/navn`; `CMS_BRANCH` (default `main`).
 * - `CMS_BASE_URL`: the OAuth endpoint's origin for GitHub sign-in (see docs/cms.md); `CMS_APP_ID`:
 *   the GitLab application id (PKCE sign-in, no server needed).
 */
import type { Backend } from './config.ts';

export interface CmsSettings {
  enabled: boolean;
  backend: Backend;
  /** Origins the editor talks to besides the site: the git host's API and sign-in. */
  connect: string[];
}

export function cmsSettings(env: Record<string, string | undefined>): CmsSettings {
  const enabled = !['off', 'false', '0', 'nei'].includes((env['CMS'] ?? '').toLowerCase());
  const name = env['CMS_BACKEND'] === 'gitlab' ? 'gitlab' : 'github';
  const repo = env['CMS_REPO'] || 'eier/kunnskapsbanken';
  const branch = env['CMS_BRANCH'] || 'main';
  if (name === 'gitlab') {
    const apiRoot = env['CMS_API_ROOT'] || 'https://gitlab.com/api/v4';
    return {
      enabled,
      backend: {
        name,
        repo,
        branch,
        api_root: apiRoot,
        ...(env['CMS_APP_ID'] ? { auth_type: 'pkce' as const, app_id: env['CMS_APP_ID'] } : {}),
        ...(env['CMS_BASE_URL'] ? { base_url: env['CMS_BASE_URL'] } : {}),
      },
      connect: [new URL(apiRoot).origin, ...(env['CMS_BASE_URL'] ? [new URL(env['CMS_BASE_URL']).origin] : [])],
    };
  }
  return {
    enabled,
    backend: { name, repo, branch, ...(env['CMS_BASE_URL'] ? { base_url: env['CMS_BASE_URL'] } : {}) },
    connect: ['https://api.github.com', ...(env['CMS_BASE_URL'] ? [new URL(env['CMS_BASE_URL']).origin] : [])],
  };
}
