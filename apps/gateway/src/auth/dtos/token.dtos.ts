import { IsOptional, IsString, MaxLength } from 'class-validator';

export class RefreshDto {
  /** API clients send it here; the web app's browser sends it in the httpOnly cookie instead. */
  @IsOptional()
  @IsString()
  @MaxLength(200)
  refreshToken?: string;
}

export class LogoutDto {
  /** The session's refresh token, revoked with the access token; without it only the access token ends. */
  @IsOptional()
  @IsString()
  @MaxLength(200)
  refreshToken?: string;
}
