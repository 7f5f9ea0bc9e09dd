import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { AgencyEntity } from '../agencies/agency.entity';
import { Clock, localDate } from '../common/clock';
import { RecordScope, taskInScope } from '../common/record-scope';
import { TaskEntity } from '../tasks/task.entity';
import { countBy, TaskCounts } from './task-counts';

export interface TaskDashboard {
  planId: string | null;
  asOf: string;
  byDimension: (TaskCounts & { dimension: number })[];
  byAgency: (TaskCounts & { agencyId: string; agencyName: string })[];
}

/** Tasks of a plan (or of the whole province) per dimension and per lead agency: done / on track / late. */
@Injectable()
export class TaskDashboardUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async execute(scope: RecordScope, planId: string | undefined): Promise<TaskDashboard> {
    const { provinceCode } = scope;
    const today = localDate(this.clock.now());
    const tasks = (
      await this.dataSource.getRepository(TaskEntity).findBy(planId ? { provinceCode, planId } : { provinceCode })
    ).filter((t) => taskInScope(t, scope));
    const byDimension = countBy(tasks, (t) => t.dimension, today);
    const byAgency = countBy(tasks, (t) => t.leadAgencyId, today);
    const agencies = await this.dataSource
      .getRepository(AgencyEntity)
      .findBy({ provinceCode, id: In([...byAgency.keys()]) });
    const nameOf = new Map(agencies.map((a) => [a.id, a.name]));
    return {
      planId: planId ?? null,
      asOf: today,
      byDimension: [...byDimension]
        .map(([dimension, counts]) => ({ dimension, ...counts }))
        .sort((a, b) => a.dimension - b.dimension),
      byAgency: [...byAgency]
        .map(([agencyId, counts]) => ({ agencyId, agencyName: nameOf.get(agencyId) ?? '', ...counts }))
        .sort((a, b) => a.agencyName.localeCompare(b.agencyName, 'vi')),
    };
  }
}
