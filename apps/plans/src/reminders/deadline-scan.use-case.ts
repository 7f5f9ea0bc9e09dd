import { Inject, Injectable } from '@nestjs/common';
import { DeadlineReachedV2, DeadlineReachedWithRecipients, ReminderRecipientV2 } from '@papi/contracts';
import { SERVICE_CONFIG } from '@papi/platform-http';
import { Transaction, UnitOfWork } from '@papi/platform-messaging';
import { DataSource, In } from 'typeorm';
import { WorkingCalendarProvider } from '../calendar/working-calendar.provider';
import { AgencyEntity } from '../agencies/agency.entity';
import { Clock, localDate } from '../common/clock';
import type { PlansConfig } from '../config/plans.config';
import { PlanEntity } from '../plans/plan.entity';
import { TaskEntity } from '../tasks/task.entity';
import { ProgressReportEntity } from '../progress-reports/progress-report.entity';
import { dueThresholds, Threshold } from './deadline-rules';
import { Deadline, deadlinesOf } from './task-deadlines';

export interface ScanResult {
  sent: number;
  skipped: number;
}

interface OpenTask {
  task: TaskEntity;
  plan: PlanEntity;
}

/** A deadline of an open task that has reached at least one threshold today. */
interface Crossing extends OpenTask {
  deadline: Deadline;
  reached: Threshold[];
}

/** Deadlines recorded and published per transaction. */
const SCAN_CHUNK = 500;

/**
 * Finds tasks of issued plans that crossed a threshold and publishes one deadline event per
 * (task, due date, threshold). Only the latest reached threshold is sent; earlier unsent ones are
 * recorded as skipped. The unique dedupe key makes concurrent scans (several replicas) fire once.
 */
@Injectable()
export class DeadlineScanUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
    private readonly calendars: WorkingCalendarProvider,
    @Inject(SERVICE_CONFIG) private readonly config: PlansConfig,
  ) {}

  async execute(): Promise<ScanResult> {
    const today = localDate(this.clock.now());
    const calendar = await this.calendars.load();
    const policy = {
      everyDays: this.config.REMINDER_OVERDUE_EVERY_DAYS,
      maxDaysLate: this.config.REMINDER_OVERDUE_MAX_DAYS,
    };
    const open = await this.openTasks();
    const recipients = await this.recipientsOf(open);
    const reports = await this.reportDates(open.filter((o) => o.task.reportSchedule).map((o) => o.task.id));
    const crossings: Crossing[] = [];
    for (const item of open) {
      for (const deadline of deadlinesOf(item.task, reports.get(item.task.id) ?? [])) {
        const reached = dueThresholds(deadline.dueDate, today, policy, calendar);
        if (reached.length > 0) crossings.push({ ...item, deadline, reached });
      }
    }
    const result: ScanResult = { sent: 0, skipped: 0 };
    // Chunks, not one transaction per deadline: a morning when thousands of tasks cross a threshold
    // costs a few commits instead of one per task, and a chunk is still small enough to retry cheaply.
    for (let start = 0; start < crossings.length; start += SCAN_CHUNK) {
      const chunk = crossings.slice(start, start + SCAN_CHUNK);
      const outcome = await this.unitOfWork.run((tx) => this.record(tx, chunk, recipients));
      result.sent += outcome.sent;
      result.skipped += outcome.skipped;
    }
    return result;
  }

  /** Local dates of the progress reports posted on each task. */
  private async reportDates(taskIds: string[]): Promise<Map<string, string[]>> {
    const byTask = new Map<string, string[]>();
    if (taskIds.length === 0) return byTask;
    const rows = await this.dataSource.getRepository(ProgressReportEntity).find({
      select: { taskId: true, createdAt: true },
      where: { taskId: In(taskIds) },
    });
    for (const row of rows) byTask.set(row.taskId, [...(byTask.get(row.taskId) ?? []), localDate(row.createdAt)]);
    return byTask;
  }

  /**
   * Name and addresses of every agency the open tasks' reminders go to, as of this scan: they travel in
   * the deadline event, so notifications never waits for the agency's own event (another topic).
   */
  private async recipientsOf(open: OpenTask[]): Promise<Map<string, ReminderRecipientV2>> {
    const ids = new Set<string>();
    for (const { task, plan } of open) {
      ids.add(task.leadAgencyId);
      task.coordinatingAgencyIds.forEach((id) => ids.add(id));
      if (plan.ownerAgencyId) ids.add(plan.ownerAgencyId);
    }
    if (ids.size === 0) return new Map();
    const agencies = await this.dataSource.getRepository(AgencyEntity).find({
      select: { id: true, name: true, emails: true },
      where: { id: In([...ids]) },
    });
    return new Map(agencies.map((a) => [a.id, { agencyId: a.id, name: a.name, emails: a.emails }]));
  }

  private async openTasks(): Promise<OpenTask[]> {
    const rows = await this.dataSource
      .getRepository(TaskEntity)
      .createQueryBuilder('t')
      .innerJoinAndMapOne('t.plan', PlanEntity, 'p', 'p.id = t.plan_id')
      .where(`p.status = 'issued'`)
      .andWhere(`t.status NOT IN ('done', 'cancelled')`)
      .getMany();
    return rows.map((task) => ({ task, plan: (task as TaskEntity & { plan: PlanEntity }).plan }));
  }

  private async record(
    tx: Transaction,
    chunk: Crossing[],
    recipients: Map<string, ReminderRecipientV2>,
  ): Promise<ScanResult> {
    const rows = chunk.flatMap(({ task, deadline, reached }) =>
      reached.map((t, index) => ({
        dedupeKey: deadline.keyOf(t.label),
        taskId: task.id,
        dueDate: deadline.dueDate,
        threshold: t.label,
        outcome: index === reached.length - 1 ? 'sent' : 'skipped',
      })),
    );
    const inserted: { dedupe_key: string }[] = await tx.manager.query(
      `INSERT INTO reminder (dedupe_key, task_id, due_date, threshold, outcome)
       SELECT * FROM unnest($1::text[], $2::uuid[], $3::date[], $4::text[], $5::text[])
       ON CONFLICT (dedupe_key) DO NOTHING RETURNING dedupe_key`,
      [
        rows.map((r) => r.dedupeKey),
        rows.map((r) => r.taskId),
        rows.map((r) => r.dueDate),
        rows.map((r) => r.threshold),
        rows.map((r) => r.outcome),
      ],
    );
    const newKeys = new Set(inserted.map((r) => r.dedupe_key));
    const result: ScanResult = { sent: 0, skipped: 0 };
    for (const crossing of chunk) {
      const latest = crossing.reached[crossing.reached.length - 1];
      // Another scan (a replica, an earlier run today) already sent this threshold: nothing to add.
      if (!newKeys.has(crossing.deadline.keyOf(latest.label))) continue;
      await tx.publish(DeadlineReachedWithRecipients, eventOf(crossing, latest, recipients));
      result.sent += 1;
      result.skipped += crossing.reached.filter(
        (t) => t !== latest && newKeys.has(crossing.deadline.keyOf(t.label)),
      ).length;
    }
    return result;
  }
}

function eventOf(
  { task, plan, deadline }: Crossing,
  latest: Threshold,
  recipients: Map<string, ReminderRecipientV2>,
): DeadlineReachedV2 {
  const recipient = (id: string): ReminderRecipientV2 => recipients.get(id) ?? { agencyId: id, name: id, emails: [] };
  return {
    dedupeKey: deadline.keyOf(latest.label),
    taskId: task.id,
    planId: plan.id,
    provinceCode: task.provinceCode,
    dueDate: deadline.dueDate,
    threshold: latest.label,
    kind: latest.kind,
    daysLate: Math.max(0, latest.offset),
    taskTitle: deadline.title,
    planNumber: plan.number,
    planTitle: plan.title,
    leadAgencyId: task.leadAgencyId,
    coordinatingAgencyIds: task.coordinatingAgencyIds,
    copyCoordinators: plan.copyCoordinators,
    ownerAgencyId: plan.ownerAgencyId,
    copyOwner: latest.offset >= 7,
    lead: recipient(task.leadAgencyId),
    coordinating: task.coordinatingAgencyIds.map(recipient),
    owner: plan.ownerAgencyId ? recipient(plan.ownerAgencyId) : null,
  };
}
