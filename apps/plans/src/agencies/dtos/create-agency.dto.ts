import {
  ArrayMinSize,
  IsArray,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
} from 'class-validator';
import type { AgencyKind } from '../agency.entity';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class CreateAgencyDto {
  @IsString()
  @MaxLength(50)
  code: string;

  @IsString()
  @MaxLength(300)
  name: string;

  @IsIn(['department', 'district', 'commune', 'other'])
  kind: AgencyKind;

  @IsArray()
  @ArrayMinSize(1)
  @IsEmail({}, { each: true })
  emails: string[];

  @IsOptional()
  @IsString()
  headTitle?: string;

  @IsOptional()
  @IsUUID()
  parentId?: string;

  @IsOptional()
  @IsString()
  unitCode?: string;

  @IsOptional()
  @Matches(DATE)
  validFrom?: string;

  @IsOptional()
  @Matches(DATE)
  validTo?: string;
}
