import { IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { ROLES, Role } from '../../access/roles';
import { PROVINCE_CODE } from '../../users/dtos/user.dtos';

/** Printable text only: a name ends up in logs and screens, never with control characters. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const PRINTABLE = /^[^\u0000-\u001f\u007f]+$/;

export class CreateApiKeyDto {
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  @Matches(PRINTABLE)
  name: string;

  @IsIn(ROLES)
  role: Role;

  @IsOptional()
  @IsString()
  @Matches(PROVINCE_CODE)
  provinceCode?: string;

  @IsOptional()
  @IsUUID()
  agencyId?: string;
}
