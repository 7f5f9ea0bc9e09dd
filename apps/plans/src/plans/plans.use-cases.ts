import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { PlanUpserted } from '@papi/contracts';
import { UnitOfWork } from '@papi/platform-messaging';
import { Problems } from '@papi/platform-http';
import { Actor, recordAudit } from '../audit/audit-trail';
import { AgencyEntity } from '../agencies/agency.entity';
import { CreatePlanDto, UpdatePlanDto } from './dtos/create-plan.dto';
import { PlanEntity } from './plan.entity';
import { toPlanEvent } from './plan.mapper';
import { definedFields } from '../common/defined-fields';
import { checkOfficerPlan, planManageable, RecordScope } from '../common/record-scope';
import { canMove } from './plan-status';
import { completeSubPlanTasks } from './complete-sub-plan-tasks';

@Injectable()
export class PlanUseCases {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  create(scope: RecordScope, dto: CreatePlanDto, actor: Actor): Promise<PlanEntity> {
    const { provinceCode } = scope;
    checkOfficerPlan(dto, scope);
    return this.unitOfWork.run(async (tx) => {
      await this.checkReferences(tx.manager, provinceCode, dto);
      const repo = tx.manager.getRepository(PlanEntity);
      const plan = await repo.save(
        repo.create({ ...dto, provinceCode, status: dto.status ?? 'draft', targets: dto.targets ?? {} }),
      );
      await recordAudit(tx.manager, actor, {
        provinceCode,
        entityType: 'plan',
        entityId: plan.id,
        action: 'created',
        after: plan,
      });
      await tx.publish(PlanUpserted, toPlanEvent(plan));
      await completeSubPlanTasks(tx, plan, actor);
      return plan;
    });
  }

  update(scope: RecordScope, id: string, dto: UpdatePlanDto, actor: Actor): Promise<PlanEntity> {
    const { provinceCode } = scope;
    return this.unitOfWork.run(async (tx) => {
      const repo = tx.manager.getRepository(PlanEntity);
      const plan = await repo.findOne({ where: { id, provinceCode }, lock: { mode: 'pessimistic_write' } });
      if (!plan || !planManageable(plan, scope)) throw Problems.notFound();
      if (dto.status && !canMove(plan.status, dto.status)) {
        throw Problems.unprocessable(`Không thể chuyển kế hoạch từ "${plan.status}" sang "${dto.status}".`, [
          { pointer: '/status', detail: 'Trạng thái chỉ đi theo một chiều: draft → issued → closed.' },
        ]);
      }
      const before = { ...plan };
      Object.assign(plan, definedFields(dto));
      await repo.save(plan);
      await recordAudit(tx.manager, actor, {
        provinceCode,
        entityType: 'plan',
        entityId: id,
        action: 'updated',
        before,
        after: plan,
      });
      await tx.publish(PlanUpserted, toPlanEvent(plan));
      await completeSubPlanTasks(tx, plan, actor);
      return plan;
    });
  }

  private async checkReferences(manager: EntityManager, provinceCode: string, dto: CreatePlanDto) {
    if (dto.parentId && !(await manager.existsBy(PlanEntity, { id: dto.parentId, provinceCode }))) {
      throw Problems.unprocessable('Kế hoạch cấp trên không tồn tại.', [
        { pointer: '/parentId', detail: 'Không tìm thấy kế hoạch cấp trên.' },
      ]);
    }
    if (dto.ownerAgencyId && !(await manager.existsBy(AgencyEntity, { id: dto.ownerAgencyId, provinceCode }))) {
      throw Problems.unprocessable('Cơ quan chủ trì kế hoạch không tồn tại.', [
        { pointer: '/ownerAgencyId', detail: 'Không tìm thấy cơ quan.' },
      ]);
    }
  }
}
