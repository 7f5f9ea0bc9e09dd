import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { TaskUpserted } from '@papi/contracts';
import { UnitOfWork } from '@papi/platform-messaging';
import { Problems } from '@papi/platform-http';
import { Actor, recordAudit } from '../audit/audit-trail';
import { AgencyEntity } from '../agencies/agency.entity';
import { PlanEntity } from '../plans/plan.entity';
import { CreateTaskDto, UpdateTaskDto } from './dtos/task.dtos';
import { TaskEntity } from './task.entity';
import { toTaskEvent } from './task.mapper';
import { checkReportSchedule } from './check-report-schedule';
import { definedFields } from '../common/defined-fields';
import { planManageable, RecordScope, taskInScope } from '../common/record-scope';

@Injectable()
export class TaskUseCases {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  create(scope: RecordScope, dto: CreateTaskDto, actor: Actor): Promise<TaskEntity> {
    const { provinceCode } = scope;
    return this.unitOfWork.run(async (tx) => {
      const plan = await tx.manager.findOneBy(PlanEntity, { id: dto.planId, provinceCode });
      // An officer adds tasks only to its own agency's sub-plan; another plan looks missing.
      if (!plan || !planManageable(plan, scope))
        throw Problems.unprocessable('Kế hoạch không tồn tại.', [
          { pointer: '/planId', detail: 'Không tìm thấy kế hoạch.' },
        ]);
      if (plan.status === 'closed') {
        throw Problems.unprocessable('Kế hoạch đã kết thúc, không thể thêm nhiệm vụ.', [
          { pointer: '/planId', detail: 'Kế hoạch đã đóng.' },
        ]);
      }
      await this.checkAgencies(tx.manager, provinceCode, dto.leadAgencyId, dto.coordinatingAgencyIds ?? []);
      checkReportSchedule(dto);
      const repo = tx.manager.getRepository(TaskEntity);
      const task = await repo.save(
        repo.create({ ...dto, provinceCode, coordinatingAgencyIds: dto.coordinatingAgencyIds ?? [] }),
      );
      await recordAudit(tx.manager, actor, {
        provinceCode,
        entityType: 'task',
        entityId: task.id,
        action: 'created',
        after: task,
      });
      await tx.publish(TaskUpserted, toTaskEvent(task));
      return task;
    });
  }

  update(scope: RecordScope, id: string, dto: UpdateTaskDto, actor: Actor): Promise<TaskEntity> {
    const { provinceCode } = scope;
    return this.unitOfWork.run(async (tx) => {
      const repo = tx.manager.getRepository(TaskEntity);
      const task = await repo.findOne({ where: { id, provinceCode }, lock: { mode: 'pessimistic_write' } });
      if (!task || !taskInScope(task, scope)) throw Problems.notFound();
      if (scope.agencyId && (dto.leadAgencyId !== undefined || dto.coordinatingAgencyIds !== undefined)) {
        throw Problems.forbidden('Chỉ văn phòng của tỉnh mới giao lại cơ quan chủ trì hoặc phối hợp.');
      }
      await this.checkAgencies(
        tx.manager,
        provinceCode,
        dto.leadAgencyId ?? task.leadAgencyId,
        dto.coordinatingAgencyIds ?? task.coordinatingAgencyIds,
      );
      const before = { ...task };
      Object.assign(task, definedFields(dto));
      await repo.save(task);
      await recordAudit(tx.manager, actor, {
        provinceCode,
        entityType: 'task',
        entityId: id,
        action: 'updated',
        before,
        after: task,
      });
      await tx.publish(TaskUpserted, toTaskEvent(task));
      return task;
    });
  }

  private async checkAgencies(manager: EntityManager, provinceCode: string, lead: string, coordinating: string[]) {
    const ids = [...new Set([lead, ...coordinating])];
    const found = await manager.countBy(AgencyEntity, { id: In(ids), provinceCode });
    if (found === ids.length) return;
    throw Problems.unprocessable('Cơ quan được giao không tồn tại.', [
      { pointer: '/leadAgencyId', detail: 'Cơ quan chủ trì hoặc phối hợp không tồn tại trong tỉnh.' },
    ]);
  }
}
