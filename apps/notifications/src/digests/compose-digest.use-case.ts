import { Inject, Injectable } from '@nestjs/common';
import { EntityManager, IsNull } from 'typeorm';
import { SERVICE_CONFIG } from '@papi/platform-http';
import { UnitOfWork } from '@papi/platform-messaging';
import type { NotificationsConfig } from '../config/notifications.config';
import { DeliveryEntity } from '../deliveries/delivery.entity';
import { AgencyViewEntity } from '../directory/agency-view.entity';
import { messageIdFor } from '../mail/message-id';
import { DigestTask, renderDailyDigest } from '../templates/daily-digest.template';
import { DigestEntryEntity } from './digest-entry.entity';

/** Tasks due within this many days are listed with the late ones. */
const LOOKAHEAD_DAYS = 7;

export const digestKeyOf = (agencyId: string, localDate: string) => `digest:${agencyId}:${localDate}`;

/**
 * Turns an agency's held-back reminders of one local day into one queued digest email (dedupe key
 * (agency, local date)), listing all of its open tasks that are late or due soon. The entries are
 * marked in the same transaction, so a crash either composes the digest or leaves it to compose again.
 */
@Injectable()
export class ComposeDigestUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    @Inject(SERVICE_CONFIG) private readonly config: NotificationsConfig,
  ) {}

  /** Returns the digest's dedupe key when a digest was queued, else null. */
  execute(agencyId: string, localDate: string): Promise<string | null> {
    return this.unitOfWork.run(async ({ manager }) => {
      const entries = await manager.find(DigestEntryEntity, {
        where: { agencyId, localDate, digestKey: IsNull() },
        lock: { mode: 'pessimistic_write', onLocked: 'skip_locked' },
      });
      if (entries.length === 0) return null;
      const digestKey = digestKeyOf(agencyId, localDate);
      if (await manager.existsBy(DeliveryEntity, { dedupeKey: digestKey })) {
        // Today's digest already left: one digest a day, so late arrivals wait for tomorrow's.
        await manager.update(
          DigestEntryEntity,
          entries.map((e) => e.dedupeKey),
          { localDate: nextDay(localDate) },
        );
        return null;
      }
      const agency = await manager.findOneBy(AgencyViewEntity, { id: agencyId });
      if (!agency) return null;
      const mail = renderDailyDigest({
        agencyName: agency.name,
        today: localDate,
        tasks: await this.tasksOf(manager, agencyId, localDate, entries),
        appUrl: this.config.PUBLIC_APP_URL,
      });
      await manager
        .createQueryBuilder()
        .insert()
        .into(DeliveryEntity)
        .values({
          dedupeKey: digestKey,
          messageId: messageIdFor(digestKey),
          taskId: null,
          provinceCode: agency.provinceCode,
          agencyIds: [agencyId],
          to: agency.emails,
          cc: [],
          ...mail,
        })
        .execute();
      await manager.update(
        DigestEntryEntity,
        entries.map((e) => e.dedupeKey),
        { digestKey },
      );
      return digestKey;
    });
  }

  /** Open tasks of issued plans led by the agency, late or due soon, plus every held-back reminder's task. */
  private async tasksOf(
    manager: EntityManager,
    agencyId: string,
    today: string,
    entries: DigestEntryEntity[],
  ): Promise<DigestTask[]> {
    const rows: { id: string; title: string; due_date: string; progress_percent: number; number: string }[] =
      await manager.query(
        `SELECT t.id, t.title, to_char(t.due_date, 'YYYY-MM-DD') AS due_date, t.progress_percent, p.number
           FROM task_view t JOIN plan_view p ON p.id = t.plan_id
          WHERE t.lead_agency_id = $1 AND t.status NOT IN ('done', 'cancelled') AND p.status = 'issued'
            AND t.due_date <= $2::date + $3::int`,
        [agencyId, today, LOOKAHEAD_DAYS],
      );
    const tasks = new Map<string, DigestTask>(
      entries.map((e) => [
        e.taskId,
        {
          taskId: e.taskId,
          planNumber: e.planNumber,
          taskTitle: e.taskTitle,
          dueDate: e.dueDate,
          progressPercent: null,
        },
      ]),
    );
    for (const r of rows) {
      tasks.set(r.id, {
        taskId: r.id,
        planNumber: r.number,
        taskTitle: r.title,
        dueDate: r.due_date,
        progressPercent: r.progress_percent,
      });
    }
    return [...tasks.values()];
  }
}

function nextDay(isoDate: string): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
