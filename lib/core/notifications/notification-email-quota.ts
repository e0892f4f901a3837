// How many notification emails may go out (decision 014's caps, per recipient here): a busy
// desk, a script assigning hundreds of claims, or a mention storm must not flood one inbox or
// use up the relay. Past a cap a notification stays in the app (and its bell) without an email.
// Digests are one per person per day by construction and are not counted.

export const NOTIFICATION_EMAILS_PER_RECIPIENT_HOUR = 20;
export const NOTIFICATION_EMAILS_PER_RECIPIENT_DAY = 100;
export const SERVER_NOTIFICATION_EMAILS_PER_HOUR = 1000;

export type NotificationEmailCounts = { recipientLastHour: number; recipientLastDay: number; serverLastHour: number };

/** Whether one more immediate email may go to this recipient, given what went out already. */
export function mayEmailNotification(counts: NotificationEmailCounts): boolean {
  return (
    counts.recipientLastHour < NOTIFICATION_EMAILS_PER_RECIPIENT_HOUR &&
    counts.recipientLastDay < NOTIFICATION_EMAILS_PER_RECIPIENT_DAY &&
    counts.serverLastHour < SERVER_NOTIFICATION_EMAILS_PER_HOUR
  );
}
