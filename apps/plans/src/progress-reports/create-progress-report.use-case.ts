import { Injectable } from '@nestjs/common';
import { TaskUpserted } from '@papi/contracts';
import { Problems } from '@papi/platform-http';
import { UnitOfWork } from '@papi/platform-messaging';
import { Actor, recordAudit } from '../audit/audit-trail';
import { RecordScope, taskInScope } from '../common/record-scope';
import { TaskEntity } from '../tasks/task.entity';
import { toTaskEvent } from '../tasks/task.mapper';
import { CreateProgressReportDto } from './dtos/create-progress-report.dto';
import { ProgressReportEntity } from './progress-report.entity';

/**
 * Stores a report and moves the task's progress to its percent. A first report starts the task;
 * 100 % does not complete it — the responsible office marks it done.
 */
@Injectable()
export class CreateProgressReportUseCase {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  execute(scope: RecordScope, taskId: string, actor: Actor, dto: CreateProgressReportDto) {
    const { provinceCode } = scope;
    return this.unitOfWork.run(async (tx) => {
      const tasks = tx.manager.getRepository(TaskEntity);
      const task = await tasks.findOne({ where: { id: taskId, provinceCode }, lock: { mode: 'pessimistic_write' } });
      if (!task || !taskInScope(task, scope)) throw Problems.notFound();
      if (task.status === 'done' || task.status === 'cancelled') {
        throw Problems.unprocessable('Nhiệm vụ đã kết thúc, không thể báo cáo tiến độ.', [
          { pointer: '/percent', detail: 'Nhiệm vụ đã hoàn thành hoặc đã hủy.' },
        ]);
      }
      const reports = tx.manager.getRepository(ProgressReportEntity);
      const report = await reports.save(
        reports.create({
          ...dto,
          evidenceUrls: dto.evidenceUrls ?? [],
          taskId,
          provinceCode,
          authorUserId: actor.userId,
        }),
      );
      const before = { ...task };
      task.progressPercent = dto.percent;
      if (task.status === 'not_started') task.status = 'in_progress';
      await tasks.save(task);
      const audit = { provinceCode, action: 'created' as const };
      await recordAudit(tx.manager, actor, {
        ...audit,
        entityType: 'progress-report',
        entityId: report.id,
        after: report,
      });
      await recordAudit(tx.manager, actor, {
        ...audit,
        entityType: 'task',
        entityId: taskId,
        action: 'updated',
        before,
        after: task,
      });
      await tx.publish(TaskUpserted, toTaskEvent(task));
      return report;
    });
  }
}
