import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../access/authenticated-request';
import { ChangePasswordDto } from './dtos/change-password.dto';
import { LoginDto } from './dtos/login.dto';
import { LogoutDto, RefreshDto } from './dtos/token.dtos';
import { LoginUseCase } from './login.use-case';
import { RefreshUseCase } from './refresh.use-case';
import { SessionUseCases } from './session.use-cases';

/** Who may call what is in the route-permission table (access/route-permissions.ts), checked by the guard. */
@ApiExcludeController()
@Controller('api/v1/auth')
export class AuthController {
  constructor(
    private readonly login: LoginUseCase,
    private readonly refreshTokens: RefreshUseCase,
    private readonly sessions: SessionUseCases,
  ) {}

  @Post('login')
  @HttpCode(200)
  signIn(@Body() dto: LoginDto, @Req() req: AuthenticatedRequest) {
    return this.login.execute(dto, req.ip ?? 'unknown');
  }

  @Post('refresh')
  @HttpCode(200)
  refresh(@Body() dto: RefreshDto) {
    return this.refreshTokens.execute(dto.refreshToken);
  }

  @Post('logout')
  @HttpCode(204)
  async logout(@Body() dto: LogoutDto, @Req() req: AuthenticatedRequest): Promise<void> {
    await this.sessions.logout(req.caller!, dto.refreshToken);
  }

  @Post('password')
  @HttpCode(204)
  async changePassword(@Body() dto: ChangePasswordDto, @Req() req: AuthenticatedRequest): Promise<void> {
    await this.sessions.changePassword(req.caller!, dto);
  }
}
