import { describe, expect, test } from 'vitest';
import { invitationEmailLimit, invitationEmailLimitReasons as reasons } from './email-quota';

const quiet = { lastHour: 1, lastDay: 1 };
const counts = (over: Partial<Parameters<typeof invitationEmailLimit>[0]>) => ({ workspace: quiet, inviter: quiet, serverLastHour: 1, ...over });

describe('the caps on invitation emails', () => {
  test('let the 20th of an hour and the 50th of a day through from a workspace, not one more', () => {
    expect(invitationEmailLimit(counts({ workspace: { lastHour: 20, lastDay: 50 } }))).toBeNull();
    expect(invitationEmailLimit(counts({ workspace: { lastHour: 21, lastDay: 21 } }))).toBe(reasons.hour);
    expect(invitationEmailLimit(counts({ workspace: { lastHour: 1, lastDay: 51 } }))).toBe(reasons.day);
  });

  test('hold for one person across all their workspaces', () => {
    expect(invitationEmailLimit(counts({ inviter: { lastHour: 20, lastDay: 50 } }))).toBeNull();
    expect(invitationEmailLimit(counts({ inviter: { lastHour: 21, lastDay: 21 } }))).toBe(reasons.inviterHour);
    expect(invitationEmailLimit(counts({ inviter: { lastHour: 2, lastDay: 51 } }))).toBe(reasons.inviterDay);
  });

  test('hold for the whole server, whoever asks', () => {
    expect(invitationEmailLimit(counts({ serverLastHour: 300 }))).toBeNull();
    expect(invitationEmailLimit(counts({ serverLastHour: 301 }))).toBe(reasons.server);
  });
});
