import { Type } from 'class-transformer';
import {
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import type { PlanStatus } from '../plan.entity';

export class PlanTargetsDto {
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(63)
  rank?: number;

  @IsOptional()
  @IsObject()
  dimensions?: Record<string, number>;
}

export class CreatePlanDto {
  @IsString()
  @MaxLength(100)
  number: string;

  @IsString()
  @MaxLength(500)
  title: string;

  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  issuedOn: string;

  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;

  @IsOptional()
  @IsIn(['draft', 'issued'])
  status?: Exclude<PlanStatus, 'closed'>;

  @IsOptional()
  @ValidateNested()
  @Type(() => PlanTargetsDto)
  targets?: PlanTargetsDto;

  @IsOptional()
  @IsUUID()
  parentId?: string;

  @IsOptional()
  @IsUUID()
  ownerAgencyId?: string;

  @IsOptional()
  @IsString()
  issuingBody?: string;

  @IsOptional()
  @IsString()
  signer?: string;

  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  purposes?: string[];

  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  requirements?: string[];

  @IsOptional()
  @IsBoolean()
  copyCoordinators?: boolean;

  @IsOptional()
  @IsObject()
  reminderPolicy?: Record<string, unknown>;
}

export class UpdatePlanDto {
  @IsOptional()
  @IsIn(['draft', 'issued', 'closed'])
  status?: PlanStatus;

  @IsOptional()
  @IsString()
  title?: string;
}
