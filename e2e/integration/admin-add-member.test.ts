// Story: a self-hosting newsroom's sysadmin bootstraps the desk from the command line
// (`npm run admin -- create-user | create-token | add-member`), and what each colleague can then
// do follows the role given.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ClaimDto } from '@/lib/validations/claim';
import { cliAddMember as addMember, cliCreateToken, cliCreateUser } from './support/admin-cli';
import { apiFor, createArticle, createMember, createTeammate, type Member } from './support/api';
import { createUser } from './support/test-users';

let owner: Member;
let articleId: string;

beforeAll(async () => {
  owner = await createMember('desk-admin');
  articleId = (await createArticle(owner.api, { title: 'Council budget', text: 'The council cut the library budget by half.' })).id;
});

describe('create-user and create-token', () => {
  it('makes an admin of a new workspace and prints a token that works on the API', async () => {
    const sysadmin = await cliCreateUser('sysadmin');
    const token = await cliCreateToken(sysadmin.email);
    const workspace = await apiFor(token).get<{ name: string }>('/api/v1/workspace');
    expect(workspace.status).toBe(200);
    expect(workspace.body.name).toBe(sysadmin.workspace);
  });

  it('refuses a token for an unknown user or a workspace they are not in', async () => {
    await expect(cliCreateToken('nobody@example.test')).rejects.toThrow(/No user with the email/);
    await expect(cliCreateToken(owner.user.email, 'No such desk')).rejects.toThrow(/is not a member of “No such desk”/);
  });
});

describe('add-member', () => {
  it('gives a viewer read access to the workspace and nothing more', async () => {
    const viewer = await createTeammate(owner, 'viewer');
    expect((await viewer.api.get(`/api/v1/articles/${articleId}`)).status).toBe(200);
    const mark = await viewer.api.post(`/api/v1/articles/${articleId}/claims`, {
      selector: { type: 'TextQuoteSelector', exact: 'cut the library budget' },
    });
    expect(mark.status).toBe(403);
  });

  it('changes the role of someone who is already a member', async () => {
    const colleague = await createTeammate(owner, 'viewer');
    const output = await addMember(colleague.user.email, owner.user.workspace, 'checker');
    expect(output).toContain('is now checker');
    const mark = await colleague.api.post<ClaimDto>(`/api/v1/articles/${articleId}/claims`, {
      selector: { type: 'TextQuoteSelector', exact: 'library budget' },
    });
    expect(mark.status).toBe(201);
  });

  it('never demotes the last admin of a workspace', async () => {
    await expect(addMember(owner.user.email, owner.user.workspace, 'editor')).rejects.toThrow(/last admin/);
    expect((await owner.api.post(`/api/v1/articles/${articleId}/claims`, {
      selector: { type: 'TextQuoteSelector', exact: 'by half' },
    })).status).toBe(201);
  });

  it('refuses an unknown role, user or workspace with a clear message', async () => {
    const someone = await createUser('someone');
    await expect(addMember(someone.email, owner.user.workspace, 'owner' as 'admin')).rejects.toThrow(/--role must be one of/);
    await expect(addMember('nobody@example.test', owner.user.workspace, 'checker')).rejects.toThrow(/No user with the email/);
    await expect(addMember(someone.email, 'No such desk', 'checker')).rejects.toThrow(/No workspace named/);
  });
});
