import { Inject, Injectable } from '@nestjs/common';
import { DeadlineReachedWithRecipients, ReminderRecipientV2 } from '@papi/contracts';
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
    const result: ScanResult = { sent: 0, skipped: 0 };
    const open = await this.openTasks();
    const recipients = await this.recipientsOf(open);
    const reports = await this.reportDates(open.filter((o) => o.task.reportSchedule).map((o) => o.task.id));
    for (const item of open) {
      for (const deadline of deadlinesOf(item.task, reports.get(item.task.id) ?? [])) {
        const reached = dueThresholds(deadline.dueDate, today, policy, calendar);
        if (reached.length === 0) continue;
        const outcome = await this.unitOfWork.run((tx) => this.record(tx, item, deadline, reached, recipients));
        result.sent += outcome.sent;
        result.skipped += outcome.skipped;
      }
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
    { task, plan }: OpenTask,
    deadline: Deadline,
    reached: Threshold[],
    recipients: Map<string, ReminderRecipientV2>,
  ): Promise<ScanResult> {
    const latest = reached[reached.length - 1];
    const rows = reached.map((t) => ({
      dedupeKey: deadline.keyOf(t.label),
      taskId: task.id,
      dueDate: deadline.dueDate,
      threshold: t.label,
      outcome: t === latest ? ('sent' as const) : ('skipped' as const),
    }));
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
    const latestKey = deadline.keyOf(latest.label);
    if (!newKeys.has(latestKey)) return { sent: 0, skipped: 0 };
    const recipient = (id: string): ReminderRecipientV2 => recipients.get(id) ?? { agencyId: id, name: id, emails: [] };
    await tx.publish(DeadlineReachedWithRecipients, {
      dedupeKey: latestKey,
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
    });
    return { sent: 1, skipped: newKeys.size - 1 };
  }
}
