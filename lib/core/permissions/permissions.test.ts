import { describe, expect, test } from 'vitest';
import { actions, can, roles } from './permissions';

describe('what each role may do', () => {
  test('an admin may do everything', () => {
    for (const action of actions) expect(can('admin', action)).toBe(true);
  });

  test('an editor publishes verdicts but does not manage the workspace', () => {
    expect(can('editor', 'claim.publish')).toBe(true);
    expect(can('editor', 'workspace.manage')).toBe(false);
  });

  test('a checker researches and marks claims but cannot publish or delete them', () => {
    expect(can('checker', 'claim.create')).toBe(true);
    expect(can('checker', 'evidence.edit')).toBe(true);
    expect(can('checker', 'correction.record')).toBe(true);
    expect(can('checker', 'claim.publish')).toBe(false);
    expect(can('checker', 'claim.delete')).toBe(false);
  });

  test('only an admin deletes the comments of others', () => {
    expect(roles.filter((role) => can(role, 'comment.moderate'))).toEqual(['admin']);
  });

  test('a viewer only reads, and may make API tokens to read with', () => {
    const allowed = actions.filter((a) => can('viewer', a));
    expect(allowed).toEqual(['article.read', 'token.create']);
  });

  test('every member makes their own tokens; only admins see and revoke everyone’s', () => {
    for (const role of roles) expect(can(role, 'token.create')).toBe(true);
    expect(roles.filter((role) => can(role, 'token.manage'))).toEqual(['admin']);
  });

  test('editors and admins read the desk dashboard', () => {
    expect(roles.filter((role) => can(role, 'dashboard.read'))).toEqual(['admin', 'editor']);
  });

  test('every member may read articles', () => {
    for (const role of roles) expect(can(role, 'article.read')).toBe(true);
  });
});
