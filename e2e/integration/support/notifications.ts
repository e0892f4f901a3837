// Reading a member's inbox in the integration tests.
import type { NotificationDto, NotificationPageDto, UnreadCountDto } from '@/lib/validations/notification';
import type { Member } from './api';

export async function inbox(member: Member): Promise<NotificationDto[]> {
  const response = await member.api.get<NotificationPageDto>('/api/v1/notifications');
  if (response.status !== 200) throw new Error(`Reading the inbox failed: ${response.status} ${response.text}`);
  return response.body.notifications;
}

export async function unreadCount(member: Member): Promise<number> {
  return (await member.api.get<UnreadCountDto>('/api/v1/notifications/unread-count')).body.count;
}

/** The kinds in a member's inbox about one claim (or article), newest first. */
export async function kindsAbout(member: Member, id: string): Promise<string[]> {
  return (await inbox(member)).filter((n) => n.claimId === id || (n.claimId === null && n.articleId === id)).map((n) => n.kind);
}
