import { Type } from 'class-transformer';
import {
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import type { TaskKind, TaskStatus } from '../task.entity';
import { ReportScheduleDto } from './report-schedule.dto';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class CreateTaskDto {
  @IsUUID()
  planId: string;

  @IsInt()
  @Min(1)
  @Max(8)
  dimension: number;

  @IsOptional()
  @IsString()
  subDimension?: string;

  @IsString()
  @MaxLength(500)
  title: string;

  @IsOptional()
  @IsString()
  description?: string;

  @IsUUID()
  leadAgencyId: string;

  @IsOptional()
  @IsArray()
  @IsUUID('all', { each: true })
  coordinatingAgencyIds?: string[];

  @Matches(DATE)
  dueDate: string;

  /** 'issue-sub-plan' completes itself when the lead agency's sub-plan of this plan is issued. */
  @IsOptional()
  @IsIn(['work', 'issue-sub-plan'])
  kind?: TaskKind;

  @IsOptional()
  @ValidateNested()
  @Type(() => ReportScheduleDto)
  reportSchedule?: ReportScheduleDto;
}

export class UpdateTaskDto {
  @IsOptional()
  @IsString()
  @MaxLength(500)
  title?: string;

  @IsOptional()
  @IsString()
  description?: string;

  @IsOptional()
  @Matches(DATE)
  dueDate?: string;

  @IsOptional()
  @IsIn(['not_started', 'in_progress', 'done', 'cancelled'])
  status?: TaskStatus;

  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  progressPercent?: number;

  @IsOptional()
  @IsUUID()
  leadAgencyId?: string;

  @IsOptional()
  @IsArray()
  @IsUUID('all', { each: true })
  coordinatingAgencyIds?: string[];
}
