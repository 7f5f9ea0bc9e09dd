import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import {
  buildEnvelope,
  DeadlineReached,
  DeadlineReachedV1,
  DeadlineReachedV2,
  DeadlineReachedWithRecipients,
} from '@papi/contracts';
import { Inbox, OutboxWriter, UnitOfWork } from '@papi/platform-messaging';
import { freshServiceDatabase, testCommonConfig } from '@papi/testing';
import type { NotificationsConfig } from '../src/config/notifications.config';
import { notificationsEntities } from '../src/database/entities';
import { notificationsMigrations } from '../src/database/migrations';
import { AgencyNotKnownYetException } from '../src/deliveries/agency-not-known-yet.exception';
import {
  DEADLINE_REMINDER_CONSUMER,
  DeadlineEvent,
  QueueDeadlineRemindersUseCase,
} from '../src/deliveries/queue-deadline-reminders.use-case';

const config = testCommonConfig();
const PLAN = randomUUID();
const LEAD = randomUUID(); // in the directory
const COORD = randomUUID(); // in the directory
const DIGEST_LEAD = randomUUID(); // chose the daily digest

function payload(taskId: string, lead: string, dedupeKey: string): DeadlineReachedV1 {
  return {
    dedupeKey,
    taskId,
    planId: PLAN,
    provinceCode: '58',
    dueDate: '2026-12-01',
    threshold: 'D-3',
    kind: 'upcoming',
    daysLate: 0,
    taskTitle: `Nhiệm vụ ${taskId.slice(0, 8)}`,
    planNumber: '77/KH-UBND',
    planTitle: 'Kế hoạch thử theo lô',
    leadAgencyId: lead,
    coordinatingAgencyIds: [COORD],
    copyCoordinators: true,
    ownerAgencyId: null,
    copyOwner: false,
  };
}

function v1(taskId: string, lead: string, dedupeKey = `${taskId}:2026-12-01:D-3`): DeadlineEvent {
  return buildEnvelope(DeadlineReached, payload(taskId, lead, dedupeKey), {
    producer: 'plans',
    correlationId: randomUUID(),
  });
}

function v2(taskId: string, lead: string, dedupeKey = `${taskId}:2026-12-01:D-3`): DeadlineEvent {
  const p: DeadlineReachedV2 = {
    ...payload(taskId, lead, dedupeKey),
    lead: { agencyId: lead, name: 'Sở Kế hoạch và Đầu tư', emails: ['skhdt@ninhthuan.example'] },
    coordinating: [{ agencyId: COORD, name: 'Sở Tài chính', emails: ['stc@ninhthuan.example'] }],
    owner: null,
  };
  return buildEnvelope(DeadlineReachedWithRecipients, p, { producer: 'plans', correlationId: randomUUID() });
}

/** 200 v2 events, 50 v1 (directory) and 50 for a digest agency; `tag` makes the dedupe keys distinct. */
function burst(taskIds: string[], tag: string): DeadlineEvent[] {
  return taskIds.map((id, i) => {
    const key = `${id}:2026-12-01:D-3:${tag}`;
    if (i < 200) return v2(id, LEAD, key);
    if (i < 250) return v1(id, LEAD, key);
    return v2(id, DIGEST_LEAD, key);
  });
}

describe('deadline reminders queued in batches, against the real database', () => {
  let dataSource: DataSource;
  let sut: QueueDeadlineRemindersUseCase;
  let transactions: jest.SpyInstance;

  const count = async (sql: string, params: unknown[] = []) =>
    (await dataSource.query(`SELECT count(*)::int AS c FROM ${sql}`, params))[0].c as number;
  /** What an email is, apart from its identity (dedupe key, Message-ID): comparable across two runs. */
  const emails = async (tag: string) =>
    dataSource.query(
      `SELECT task_id, agency_ids, "to", cc, subject, text, html, status FROM delivery
        WHERE dedupe_key LIKE '%:' || $1 ORDER BY task_id`,
      [tag],
    );

  beforeAll(async () => {
    const database = `${process.env.NOTIFICATIONS_DB_NAME ?? 'papi_notifications_test'}_batch_it`;
    dataSource = await freshServiceDatabase(database, notificationsEntities, notificationsMigrations, config);
    const inbox = new Inbox(new UnitOfWork(dataSource, new OutboxWriter('notifications')));
    sut = new QueueDeadlineRemindersUseCase(inbox, {
      PUBLIC_APP_URL: 'https://papi.ninhthuan.example',
    } as NotificationsConfig);
    await dataSource.query(
      `INSERT INTO agency_view (id, province_code, name, emails) VALUES
         ($1, '58', 'Sở Kế hoạch và Đầu tư', '{skhdt@ninhthuan.example}'),
         ($2, '58', 'Sở Tài chính', '{stc@ninhthuan.example}')`,
      [LEAD, COORD],
    );
    await dataSource.query(`INSERT INTO agency_preference (agency_id, digest) VALUES ($1, true)`, [DIGEST_LEAD]);
    transactions = jest.spyOn(dataSource, 'transaction');
  });

  beforeEach(() => transactions.mockClear());

  afterAll(async () => {
    await dataSource?.destroy();
  });

  it('queues a burst of 300 events in one transaction, with the same emails as one event at a time', async () => {
    const taskIds = Array.from({ length: 300 }, () => randomUUID());
    await dataSource.query(
      `INSERT INTO task_view (id, plan_id, province_code, title, lead_agency_id, coordinating_agency_ids, due_date,
                              status, progress_percent)
       SELECT id, $2, '58', 'Nhiệm vụ', $3, '{}', '2026-12-01', 'in_progress', 35 FROM unnest($1::uuid[]) AS t(id)`,
      [taskIds.slice(0, 100), PLAN, LEAD],
    );

    let started = Date.now();
    for (const event of burst(taskIds, 'one')) await sut.execute([event]);
    const oneMs = Date.now() - started;
    expect(transactions).toHaveBeenCalledTimes(300);

    transactions.mockClear();
    const batch = burst(taskIds, 'batch');
    // A relay republish (same eventId) and a second event of one reminder (new eventId) within the batch.
    const again = v2(taskIds[0], LEAD, batch[0].payload.dedupeKey);
    started = Date.now();
    expect(await sut.execute([...batch, batch[7], again])).toBe(301);
    const batchMs = Date.now() - started;
    console.log(`300 reminders: one at a time ${oneMs} ms (300 transactions), as one batch ${batchMs} ms (1)`);
    expect(transactions).toHaveBeenCalledTimes(1);

    expect(await count(`delivery WHERE dedupe_key LIKE '%:batch'`)).toBe(250);
    expect(await count(`digest_entry WHERE dedupe_key LIKE '%:batch' AND agency_id = $1`, [DIGEST_LEAD])).toBe(50);
    expect(await count(`processed_event WHERE consumer = $1`, [DEADLINE_REMINDER_CONSUMER])).toBe(601);
    const [one, batched] = [await emails('one'), await emails('batch')];
    expect(batched).toEqual(one);
    expect(batched.filter((e: { text: string }) => e.text.includes('35%'))).toHaveLength(100);

    // The whole batch redelivered (a crash before the offset commit): nothing new, still one transaction.
    transactions.mockClear();
    expect(await sut.execute(batch)).toBe(0);
    expect(transactions).toHaveBeenCalledTimes(1);
    expect(await count(`delivery WHERE dedupe_key LIKE '%:batch'`)).toBe(250);
  });

  it('treats an event the per-event handler applied before the change as a duplicate', async () => {
    const event = v2(randomUUID(), LEAD);
    await dataSource.query('INSERT INTO processed_event (consumer, event_id) VALUES ($1, $2)', [
      'notifications.deadline-reminder',
      event.eventId,
    ]);
    expect(await sut.execute([event])).toBe(0);
    expect(await count('delivery WHERE task_id = $1', [event.payload.taskId])).toBe(0);
  });

  it('applies nothing of a batch with a v1 event for an unknown lead; alone, only that event fails', async () => {
    const unknown = randomUUID();
    const events = [v2(randomUUID(), LEAD), v1(randomUUID(), unknown), v1(randomUUID(), LEAD)];
    await expect(sut.execute(events)).rejects.toBeInstanceOf(AgencyNotKnownYetException);
    const ids = events.map((e) => e.eventId);
    expect(await count('processed_event WHERE event_id = ANY($1::uuid[])', [ids])).toBe(0);
    expect(await count('delivery WHERE task_id = ANY($1::uuid[])', [events.map((e) => e.payload.taskId)])).toBe(0);

    // The transport's replay, one event at a time: the others are queued, the poison one keeps failing…
    expect(await sut.execute([events[0]])).toBe(1);
    await expect(sut.execute([events[1]])).rejects.toBeInstanceOf(AgencyNotKnownYetException);
    expect(await sut.execute([events[2]])).toBe(1);
    // …until its agency arrives (a retry, or a redrive from the DLQ).
    await dataSource.query(
      `INSERT INTO agency_view (id, province_code, name, emails) VALUES ($1, '58', 'UBND huyện Ninh Hải', '{ubnd-nh@ninhthuan.example}')`,
      [unknown],
    );
    expect(await sut.execute([events[1]])).toBe(1);
    const [row] = await dataSource.query('SELECT "to", cc FROM delivery WHERE task_id = $1', [
      events[1].payload.taskId,
    ]);
    expect(row).toEqual({ to: ['ubnd-nh@ninhthuan.example'], cc: ['stc@ninhthuan.example'] });
  });
});
