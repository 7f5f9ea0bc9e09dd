import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import { ListQueryDto } from '../../common/list.dto';
import type { TaskStatus } from '../task.entity';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export type TaskSort = 'dueDate' | '-dueDate' | 'createdAt';

export class ListTasksQueryDto extends ListQueryDto {
  @IsOptional()
  @IsUUID()
  planId?: string;

  /** Lead or coordinating agency. */
  @IsOptional()
  @IsUUID()
  agencyId?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(8)
  dimension?: number;

  @IsOptional()
  @IsIn(['not_started', 'in_progress', 'done', 'cancelled'])
  status?: TaskStatus;

  @IsOptional()
  @Matches(DATE)
  dueBefore?: string;

  @IsOptional()
  @Matches(DATE)
  dueAfter?: string;

  @IsOptional()
  @IsIn(['true', 'false'])
  overdue?: 'true' | 'false';

  @IsOptional()
  @IsIn(['dueDate', '-dueDate', 'createdAt'])
  sort: TaskSort = 'dueDate';
}
