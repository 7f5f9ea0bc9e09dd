import { IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import type { TaskStatus } from '../task.entity';

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
