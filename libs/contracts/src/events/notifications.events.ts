import { Topics } from '../topics';
import { arrayOf, checkShape, isInstant, isInt, isString } from '../validation/checks';
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

export interface NotificationFailedV1 {
  dedupeKey: string;
  messageId: string;
  to: string[];
  cc: string[];
  attempts: number;
  /** The SMTP server's reply (e.g. "550 5.1.1 mailbox unavailable") or the local reason. */
  error: string;
  failedAt: string;
}

/** Published once per dedupe key, when delivery is given up: a permanent SMTP refusal or retries used up. */
export const NotificationFailed = defineEvent<NotificationFailedV1>({
  type: 'notifications.delivery-failed',
  version: 1,
  topic: Topics.notificationDeliveries,
  summary: 'An email could not be delivered (permanent SMTP failure or retries exhausted).',
  keyOf: (p) => p.dedupeKey,
  validate: (p) =>
    checkShape(p, {
      dedupeKey: isString,
      messageId: isString,
      to: arrayOf(isString),
      cc: arrayOf(isString),
      attempts: isInt,
      error: isString,
      failedAt: isInstant,
    }),
});
