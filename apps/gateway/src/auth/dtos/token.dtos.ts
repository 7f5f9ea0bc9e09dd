import { IsOptional, IsString, MaxLength } from 'class-validator';

export class RefreshDto {
  @IsString()
  @MaxLength(200)
  refreshToken: string;
}

export class LogoutDto {
  /** The session's refresh token, revoked with the access token; without it only the access token ends. */
  @IsOptional()
  @IsString()
  @MaxLength(200)
  refreshToken?: string;
}
