import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { provincesOfYear } from '@papi/admin-units';
import type { ScoreAlertRaisedV1 } from '@papi/contracts';
import { SERVICE_CONFIG } from '@papi/platform-http';
import type { NotificationsConfig } from '../config/notifications.config';
import { DeliveryEntity } from '../deliveries/delivery.entity';
import { messageIdFor } from '../mail/message-id';
import { renderScoreAlert } from '../templates/score-alert.template';
import { alertRecipients } from './alert-recipients';
import { ScoreAlertRecordEntity } from './score-alert-record.entity';

function provinceName(code: string, year: number): string {
  return provincesOfYear(year).find((p) => p.code === code)?.name ?? `Tỉnh mã ${code}`;
}

/**
 * Queues ONE email per opened alert (dedupe key = alert id, through the delivery log, its retries and
 * Message-ID), to every lead agency of the open tasks of that dimension, inside the consumer's inbox
 * transaction. With nobody to write to, the alert is recorded as undeliverable and nothing is sent.
 */
@Injectable()
export class QueueScoreAlertUseCase {
  constructor(@Inject(SERVICE_CONFIG) private readonly config: NotificationsConfig) {}

  async execute(manager: EntityManager, e: ScoreAlertRaisedV1): Promise<void> {
    const recipients = (await alertRecipients(manager, e.provinceCode, e.year, e.dimension)).filter(
      (r) => r.emails.length > 0,
    );
    const delivery = recipients.length ? 'queued' : 'undeliverable';
    await manager
      .createQueryBuilder()
      .insert()
      .into(ScoreAlertRecordEntity)
      .values({
        alertId: e.alertId,
        unitCode: e.unitCode,
        provinceCode: e.provinceCode,
        period: e.period,
        year: e.year,
        dimension: e.dimension,
        rule: e.rule,
        delivery,
        agencyIds: recipients.map((r) => r.agencyId),
        raisedAt: new Date(e.raisedAt),
      })
      .orUpdate(['year', 'delivery', 'agency_ids', 'raised_at'], ['alert_id'])
      .execute();
    if (recipients.length === 0) return;
    const mail = renderScoreAlert({
      event: e,
      provinceName: provinceName(e.provinceCode, e.year),
      recipientNames: recipients.map((r) => r.name),
      appUrl: this.config.PUBLIC_APP_URL.replace(/\/+$/, ''),
    });
    await manager
      .createQueryBuilder()
      .insert()
      .into(DeliveryEntity)
      .values({
        dedupeKey: e.alertId,
        messageId: messageIdFor(e.alertId),
        taskId: null,
        provinceCode: e.provinceCode,
        agencyIds: recipients.map((r) => r.agencyId),
        to: [...new Set(recipients.flatMap((r) => r.emails))],
        cc: [],
        ...mail,
      })
      .orIgnore()
      .execute();
  }
}
