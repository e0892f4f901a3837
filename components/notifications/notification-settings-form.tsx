'use client';

import { useActionState } from 'react';
import { updateNotificationSettingsAction, type NotificationSettingsState } from '@/app/(app)/settings/notifications/actions';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/field';
import { deliveryLabels, kindLabels } from '@/lib/core/notifications/notification-kinds';
import { notificationDeliveries, notificationKinds, type NotificationDeliveryValue, type NotificationKindValue } from '@/lib/validations/notification-values';

/** One radio group per kind of notification: at once, daily digest, or off. */
export function NotificationSettingsForm({ preferences }: { preferences: Record<NotificationKindValue, NotificationDeliveryValue> }) {
  const [state, action, pending] = useActionState<NotificationSettingsState, FormData>(updateNotificationSettingsAction, {});
  const values = state.values ?? preferences;
  return (
    <form action={action} className="max-w-xl space-y-4">
      <FormError message={state.error} />
      {notificationKinds.map((kind) => (
        <fieldset key={kind} className="rounded-lg border border-stone-200 bg-white px-4 py-3">
          <legend className="px-1 text-sm font-medium text-stone-900">{kindLabels[kind]}</legend>
          <div className="flex flex-wrap gap-x-5 gap-y-1">
            {notificationDeliveries.map((delivery) => (
              <label key={delivery} className="flex items-center gap-2 text-sm text-stone-800">
                <input type="radio" name={kind} value={delivery} defaultChecked={values[kind] === delivery} className="h-4 w-4" />
                {deliveryLabels[delivery]}
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <div className="flex items-center gap-4">
        <Button type="submit" disabled={pending}>
          {pending ? 'Saving…' : 'Save email settings'}
        </Button>
        <p role="status" className="text-sm text-green-800">
          {!pending && state.message}
        </p>
      </div>
    </form>
  );
}
