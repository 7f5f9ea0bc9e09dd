import { Topics } from '../topics';
import { arrayOf, checkShape, isInstant, isString } from '../validation/checks';
import { defineEvent } from './event-definition';

export interface ReminderDeliveredV1 {
  dedupeKey: string;
  messageId: string;
  to: string[];
  cc: string[];
  sentAt: string;
}

export const ReminderDelivered = defineEvent<ReminderDeliveredV1>({
  type: 'notifications.reminder-delivered',
  version: 1,
  topic: Topics.notificationDeliveries,
  summary: 'The SMTP server accepted a reminder email.',
  keyOf: (p) => p.dedupeKey,
  validate: (p) =>
    checkShape(p, {
      dedupeKey: isString,
      messageId: isString,
      to: arrayOf(isString),
      cc: arrayOf(isString),
      sentAt: isInstant,
    }),
});
