import { DataSource } from 'typeorm';
import { OutboxWriter, UnitOfWork } from '@papi/platform-messaging';
import { freshServiceDatabase, testCommonConfig } from '@papi/testing';
import { AgencyEntity } from '../src/agencies/agency.entity';
import { WorkingCalendarProvider } from '../src/calendar/working-calendar.provider';
import { Clock } from '../src/common/clock';
import type { PlansConfig } from '../src/config/plans.config';
import { plansEntities } from '../src/database/entities';
import { plansMigrations } from '../src/database/migrations';
import { PlanEntity } from '../src/plans/plan.entity';
import { DeadlineScanUseCase } from '../src/reminders/deadline-scan.use-case';
import { TaskEntity } from '../src/tasks/task.entity';

class FixedClock extends Clock {
  constructor(public instant: Date) {
    super();
  }
  now(): Date {
    return this.instant;
  }
}

const config = testCommonConfig();
const plansConfig = { REMINDER_OVERDUE_EVERY_DAYS: 3, REMINDER_OVERDUE_MAX_DAYS: 60 } as PlansConfig;

describe('deadline scan against the real database', () => {
  let dataSource: DataSource;
  let clock: FixedClock;
  let sut: DeadlineScanUseCase;

  const published = async (taskId: string) =>
    (
      await dataSource.query(
        `SELECT envelope->'payload'->>'threshold' AS threshold FROM outbox_event
         WHERE envelope->>'type' = 'plans.deadline-reached' AND envelope->'payload'->>'taskId' = $1 ORDER BY seq`,
        [taskId],
      )
    ).map((r: { threshold: string }) => r.threshold);

  const outcomes = async (taskId: string) =>
    (await dataSource.query('SELECT threshold, outcome FROM reminder WHERE task_id = $1 ORDER BY due_date, threshold', [
      taskId,
    ])) as { threshold: string; outcome: string }[];

  const task = async (
    planStatus: PlanEntity['status'],
    dueDate: string,
    status: TaskEntity['status'] = 'not_started',
  ) => {
    const suffix = Math.random().toString(36).slice(2, 8);
    const agency = await dataSource.getRepository(AgencyEntity).save({
      provinceCode: '58',
      code: `IT-${suffix}`,
      name: 'Sở Tư pháp',
      kind: 'department',
      emails: [`it-${suffix}@ninhthuan.example`],
    });
    const plan = await dataSource.getRepository(PlanEntity).save({
      provinceCode: '58',
      number: `IT-${suffix}/KH-UBND`,
      title: 'Kế hoạch kiểm thử',
      issuedOn: '2026-11-01',
      year: 2026,
      status: planStatus,
      targets: {},
    });
    return dataSource.getRepository(TaskEntity).save({
      planId: plan.id,
      provinceCode: '58',
      dimension: 5,
      title: 'Rà soát thủ tục',
      leadAgencyId: agency.id,
      coordinatingAgencyIds: [],
      dueDate,
      status,
    });
  };

  beforeAll(async () => {
    const database = `${process.env.PLANS_DB_NAME ?? 'papi_plans_test'}_scan_it`;
    dataSource = await freshServiceDatabase(database, plansEntities, plansMigrations, config);
    clock = new FixedClock(new Date('2026-12-17T01:00:00Z'));
    const unitOfWork = new UnitOfWork(dataSource, new OutboxWriter('plans'));
    sut = new DeadlineScanUseCase(dataSource, unitOfWork, clock, new WorkingCalendarProvider(dataSource), plansConfig);
  });

  afterAll(async () => {
    await dataSource?.destroy();
  });

  it('catches up after downtime with only the latest threshold, the rest recorded as skipped', async () => {
    const t = await task('issued', '2026-12-16');
    await sut.execute();
    expect(await published(t.id)).toEqual(['D+1']);
    expect(await outcomes(t.id)).toEqual([
      { threshold: 'D+1', outcome: 'sent' },
      { threshold: 'D-1', outcome: 'skipped' },
      { threshold: 'D-3', outcome: 'skipped' },
      { threshold: 'D-7', outcome: 'skipped' },
      { threshold: 'D0', outcome: 'skipped' },
    ]);
  });

  it('carries the recipients (v2): notifications needs no earlier agency event to send it', async () => {
    const t = await task('issued', '2026-12-20');
    await sut.execute();
    const [row] = await dataSource.query(
      `SELECT envelope FROM outbox_event
        WHERE envelope->>'type' = 'plans.deadline-reached' AND envelope->'payload'->>'taskId' = $1`,
      [t.id],
    );
    const agency = await dataSource.getRepository(AgencyEntity).findOneByOrFail({ id: t.leadAgencyId });
    expect(row.envelope.version).toBe(2);
    expect(row.envelope.payload).toMatchObject({
      threshold: 'D-3',
      lead: { agencyId: agency.id, name: 'Sở Tư pháp', emails: agency.emails },
      coordinating: [],
      owner: null,
    });
  });

  it('fires once when several replicas scan at the same time', async () => {
    const t = await task('issued', '2026-12-18');
    await Promise.all([sut.execute(), sut.execute(), sut.execute()]);
    expect(await published(t.id)).toEqual(['D-1']);
  });

  it('skips tasks of draft and closed plans and finished tasks, and re-arms when the due date moves', async () => {
    const draft = await task('draft', '2026-12-17');
    const closed = await task('closed', '2026-12-17');
    const done = await task('issued', '2026-12-17', 'done');
    const moved = await task('issued', '2026-12-17');
    await sut.execute();
    expect(await published(draft.id)).toEqual([]);
    expect(await published(closed.id)).toEqual([]);
    expect(await published(done.id)).toEqual([]);
    expect(await published(moved.id)).toEqual(['D0']);
    await dataSource.getRepository(TaskEntity).update(moved.id, { dueDate: '2026-12-18' });
    await sut.execute();
    expect(await published(moved.id)).toEqual(['D0', 'D-1']);
  });
});
