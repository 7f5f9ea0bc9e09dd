import { IsBoolean, IsEmail, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { PageQueryDto } from '../../common/page-query.dto';
import { PASSWORD_MIN_LENGTH } from '../../auth/dtos/change-password.dto';
import { ROLES, Role } from '../../access/roles';

export const PROVINCE_CODE = /^\d{2}$/;

export class CreateUserDto {
  @IsEmail()
  @MaxLength(254)
  email: string;

  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH)
  @MaxLength(200)
  password: string;

  @IsIn(ROLES)
  role: Role;

  /** Defaults to the creating admin's province. */
  @IsOptional()
  @IsString()
  @Matches(PROVINCE_CODE)
  provinceCode?: string;

  /** Required for agency_officer (an agency id from the plans service). */
  @IsOptional()
  @IsUUID()
  agencyId?: string;
}

export class UpdateUserDto {
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  /** null removes the agency (when the role no longer needs one). */
  @IsOptional()
  @IsUUID()
  agencyId?: string | null;

  /** true disables the account and ends its sessions; false enables it again. */
  @IsOptional()
  @IsBoolean()
  disabled?: boolean;

  /** A password reset by the admin; the user's sessions end. */
  @IsOptional()
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH)
  @MaxLength(200)
  password?: string;
}

export class ListUsersQueryDto extends PageQueryDto {
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  /** system_admin only; others always see their own province. */
  @IsOptional()
  @Matches(PROVINCE_CODE)
  provinceCode?: string;
}
