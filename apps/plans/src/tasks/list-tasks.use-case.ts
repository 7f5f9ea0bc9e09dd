import { Injectable } from '@nestjs/common';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import { Clock, localDate } from '../common/clock';
import { Page } from '../common/list.dto';
import { RecordScope } from '../common/record-scope';
import { ListTasksQueryDto, TaskSort } from './dtos/list-tasks-query.dto';
import { TaskEntity } from './task.entity';
import { TaskResponse, toTaskResponse } from './task-response';

const ORDER: Record<TaskSort, [string, 'ASC' | 'DESC']> = {
  dueDate: ['t.dueDate', 'ASC'],
  '-dueDate': ['t.dueDate', 'DESC'],
  createdAt: ['t.createdAt', 'ASC'],
};

@Injectable()
export class ListTasksUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async execute(scope: RecordScope, query: ListTasksQueryDto): Promise<Page<TaskResponse>> {
    const today = localDate(this.clock.now());
    const qb = this.dataSource
      .getRepository(TaskEntity)
      .createQueryBuilder('t')
      .where('t.province_code = :provinceCode', { provinceCode: scope.provinceCode });
    if (scope.agencyId) {
      qb.andWhere('(t.lead_agency_id = :scopeAgency OR :scopeAgency = ANY(t.coordinating_agency_ids))', {
        scopeAgency: scope.agencyId,
      });
    }
    this.filter(qb, query, today);
    const [column, direction] = ORDER[query.sort];
    const [rows, total] = await qb
      .orderBy(column, direction)
      .addOrderBy('t.id', 'ASC')
      .take(query.limit)
      .skip(query.offset)
      .getManyAndCount();
    return { items: rows.map((t) => toTaskResponse(t, today)), total, limit: query.limit, offset: query.offset };
  }

  private filter(qb: SelectQueryBuilder<TaskEntity>, q: ListTasksQueryDto, today: string): void {
    if (q.planId) qb.andWhere('t.plan_id = :planId', { planId: q.planId });
    if (q.agencyId) {
      qb.andWhere('(t.lead_agency_id = :agencyId OR :agencyId = ANY(t.coordinating_agency_ids))', {
        agencyId: q.agencyId,
      });
    }
    if (q.dimension !== undefined) qb.andWhere('t.dimension = :dimension', { dimension: q.dimension });
    if (q.status) qb.andWhere('t.status = :status', { status: q.status });
    if (q.dueBefore) qb.andWhere('t.due_date < :dueBefore', { dueBefore: q.dueBefore });
    if (q.dueAfter) qb.andWhere('t.due_date > :dueAfter', { dueAfter: q.dueAfter });
    // Same rule as isOverdue(): late from the day after the due date until done or cancelled.
    const overdue = `(t.status NOT IN ('done', 'cancelled') AND t.due_date < :today)`;
    if (q.overdue === 'true') qb.andWhere(overdue, { today });
    if (q.overdue === 'false') qb.andWhere(`NOT ${overdue}`, { today });
  }
}
