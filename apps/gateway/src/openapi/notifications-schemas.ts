import {
  arr,
  bool,
  closed,
  instant,
  int,
  nullable,
  obj,
  oneOfStrings,
  pageOf,
  Schema,
  str,
  uuid,
} from './schema-helpers';

// Notifications: the delivery log and an agency's email preference (apps/notifications).

export const NOTIFICATIONS_SCHEMAS: Record<string, Schema> = {
  Delivery: closed({
    id: uuid,
    dedupeKey: str({ description: 'Khóa chống gửi trùng (nhiệm vụ, hạn, mốc)' }),
    messageId: str({ description: 'Message-ID ổn định của email' }),
    taskId: nullable(uuid),
    agencyIds: arr(uuid),
    status: oneOfStrings(['queued', 'sent', 'failed']),
    to: arr(str({ format: 'email' })),
    cc: arr(str({ format: 'email' })),
    subject: str({ example: '[PAPI] Còn 3 ngày đến hạn: Tổ chức hội nghị quán triệt' }),
    attempts: int({ minimum: 0 }),
    lastResponse: nullable(str()),
    createdAt: instant,
    lastAttemptAt: nullable(instant),
    nextAttemptAt: nullable(instant),
    sentAt: nullable(instant),
    failedAt: nullable(instant),
  }),
  DeliveryPage: pageOf('Delivery'),
  NotificationPreferenceRequest: obj(
    { digest: { ...bool, description: 'true: một email tổng hợp mỗi ngày' } },
    ['digest'],
    {
      digest: true,
    },
  ),
  NotificationPreference: closed({ agencyId: uuid, digest: bool }),
};
