import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { SITE_OWNER_FILE, parseSiteOwner } from './site-owner.ts';

describe('facts about the site owner', () => {
  test('a missing file, and the file as shipped, leave every required fact unset', () => {
    expect(parseSiteOwner(undefined).unset).toEqual(['organisation', 'email', 'statementReviewed']);
    const shipped = parseSiteOwner(readFileSync(SITE_OWNER_FILE, 'utf8'));
    expect(shipped.problems).toEqual([]);
    expect(shipped.unset).toEqual(['organisation', 'email', 'statementReviewed']);
    expect(shipped.owner).toEqual({});
  });
  test('reads filled-in facts', () => {
    const { owner, problems, unset } = parseSiteOwner(
      "organisation: 'Direktoratet X'\nemail: post@example.no\ncontactPage: ''\nstatementReviewed: '2026-11-27'\n",
    );
    expect({ owner, problems, unset }).toEqual({
      owner: { organisation: 'Direktoratet X', email: 'post@example.no', statementReviewed: '2026-11-27' },
      problems: [],
      unset: [],
    });
  });
  test('names the line and field of a wrong value or an unknown field, in Norwegian', () => {
    const { problems } = parseSiteOwner(
      "organisation: 'Dir\u000Bektoratet'\nemail: post(at)example.no\ncontactPage: http://x.no\nstatementReviewed: 2026-02-30\nphone: 123\n",
    );
    expect(problems.map((p) => p.split(' — ').slice(0, 2).join(' — '))).toEqual([
      'config/site-owner.yaml:5 — phone',
      'config/site-owner.yaml:1 — organisation',
      'config/site-owner.yaml:2 — email',
      'config/site-owner.yaml:3 — contactPage',
      'config/site-owner.yaml:4 — statementReviewed',
    ]);
  });
});
