import { describe, expect, test } from 'vitest';
import { cmsSettings } from './settings.ts';

describe('CMS settings from the environment', () => {
  test('include the editor by default, saving to GitHub, talking to its API alone', () => {
    expect(cmsSettings({})).toEqual({
      enabled: true,
      backend: { name: 'github', repo: 'eier/kunnskapsbanken', branch: 'main' },
      connect: ['https://api.github.com'],
    });
  });

  test('leave the editor out with CMS=off', () => {
    for (const v of ['off', 'OFF', 'false', '0', 'nei']) expect(cmsSettings({ CMS: v }).enabled).toBe(false);
  });

  test('sign in to GitLab with PKCE and widen connect-src to the GitLab instance only', () => {
    const s = cmsSettings({
      CMS_BACKEND: 'gitlab',
      CMS_REPO: 'dep/kb',
      CMS_APP_ID: 'abc',
      CMS_API_ROOT: 'https://git.dep.no/api/v4',
    });
    expect(s.backend).toMatchObject({ name: 'gitlab', repo: 'dep/kb', auth_type: 'pkce', app_id: 'abc' });
    expect(s.connect).toEqual(['https://git.dep.no']);
  });

  test('add the OAuth endpoint of a GitHub sign-in to what the editor may talk to', () => {
    expect(cmsSettings({ CMS_BASE_URL: 'https://auth.dep.no/' }).connect).toEqual([
      'https://api.github.com',
      'https://auth.dep.no',
    ]);
  });
});
