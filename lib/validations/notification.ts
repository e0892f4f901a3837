import { z } from 'zod';
import 'zod-openapi';
import { idSchema, isoDateTime } from './common';
import { nextCursorSchema } from './pagination';

// The in-app inbox and the email choices (decision 033).

export { notificationDeliveries, notificationKinds, type NotificationDeliveryValue, type NotificationKindValue } from './notification-values';
import { notificationDeliveries, notificationKinds, type NotificationKindValue } from './notification-values';

export const notificationKindSchema = z.enum(notificationKinds).meta({ id: 'NotificationKind' });

export const notificationDeliverySchema = z.enum(notificationDeliveries).meta({ id: 'NotificationDelivery' });

export const notificationSchema = z
  .object({
    id: idSchema,
    kind: notificationKindSchema,
    claimId: idSchema.nullable(),
    articleId: idSchema.nullable(),
    articleDeleted: z.boolean().meta({ description: 'The article was deleted since (restorable by an admin for 30 days); its page says so' }),
    actorName: z.string().meta({ description: 'Who did it, as named when it happened' }),
    excerpt: z.string().meta({ description: "The claim's statement (or quote), the article's title or the new member's name" }),
    comment: z.string().nullable().meta({ description: "A sent-back proposal's comment (an excerpt)" }),
    createdAt: isoDateTime,
    readAt: isoDateTime.nullable(),
  })
  .meta({ id: 'Notification' });
export type NotificationDto = z.infer<typeof notificationSchema>;

export const notificationPageSchema = z
  .object({ notifications: z.array(notificationSchema), nextCursor: nextCursorSchema })
  .meta({ id: 'NotificationPage' });
export type NotificationPageDto = z.infer<typeof notificationPageSchema>;

export const unreadCountSchema = z.object({ count: z.number().int().min(0) }).meta({ id: 'UnreadNotificationCount' });
export type UnreadCountDto = z.infer<typeof unreadCountSchema>;

export const notificationPreferencesSchema = z
  .object({ preferences: z.record(notificationKindSchema, notificationDeliverySchema) })
  .meta({ id: 'NotificationPreferences' });
export type NotificationPreferencesDto = z.infer<typeof notificationPreferencesSchema>;

/** The settings form: one radio group per kind (form data, so every value is a string). */
export const notificationPreferencesFormSchema = z.object(
  Object.fromEntries(notificationKinds.map((kind) => [kind, notificationDeliverySchema])) as Record<NotificationKindValue, typeof notificationDeliverySchema>,
);
