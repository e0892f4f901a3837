import { describe, expect, test } from 'vitest';
import { invitationEmailLimit, invitationEmailLimitReasons } from './email-quota';

describe('the cap on invitation emails of one workspace', () => {
  test('lets the 20th of an hour and the 50th of a day through, not one more', () => {
    expect(invitationEmailLimit({ lastHour: 20, lastDay: 50 })).toBeNull();
    expect(invitationEmailLimit({ lastHour: 21, lastDay: 21 })).toBe(invitationEmailLimitReasons.hour);
    expect(invitationEmailLimit({ lastHour: 1, lastDay: 51 })).toBe(invitationEmailLimitReasons.day);
  });
});
