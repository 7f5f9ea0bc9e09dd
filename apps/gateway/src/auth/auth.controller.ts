import { Body, Controller, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { Problems } from '@papi/platform-http';
import type { AuthenticatedRequest } from '../access/authenticated-request';
import { GATEWAY_CONFIG } from '../common/tokens';
import type { GatewayConfig } from '../config/gateway.config';
import { ChangePasswordDto } from './dtos/change-password.dto';
import { LoginDto } from './dtos/login.dto';
import { LogoutDto, RefreshDto } from './dtos/token.dtos';
import { LoginUseCase } from './login.use-case';
import { clearRefreshCookie, readRefreshCookie, setRefreshCookie } from './refresh-cookie';
import { RefreshUseCase } from './refresh.use-case';
import { SessionUseCases } from './session.use-cases';

/**
 * Who may call what is in the route-permission table (access/route-permissions.ts), checked by the guard.
 * Login and refresh answer the token pair in the body (API clients) and also set the refresh token as an
 * httpOnly cookie (the web app, which keeps only the access token, in memory).
 */
@ApiExcludeController()
@Controller('api/v1/auth')
export class AuthController {
  private readonly secureCookie: boolean;

  constructor(
    private readonly login: LoginUseCase,
    private readonly refreshTokens: RefreshUseCase,
    private readonly sessions: SessionUseCases,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
  ) {
    this.secureCookie = config.PUBLIC_APP_URL.startsWith('https:');
  }

  @Post('login')
  @HttpCode(200)
  async signIn(@Body() dto: LoginDto, @Req() req: AuthenticatedRequest, @Res({ passthrough: true }) res: Response) {
    const pair = await this.login.execute(dto, req.ip ?? 'unknown');
    setRefreshCookie(res, pair.refreshToken, this.config.REFRESH_TTL_DAYS, this.secureCookie);
    return pair;
  }

  @Post('refresh')
  @HttpCode(200)
  async refresh(@Body() dto: RefreshDto, @Req() req: AuthenticatedRequest, @Res({ passthrough: true }) res: Response) {
    const token = dto.refreshToken ?? readRefreshCookie(req);
    if (!token) {
      throw Problems.badRequest('Thiếu mã làm mới (trong nội dung hoặc cookie).', [
        { pointer: '/refreshToken', detail: 'Bắt buộc khi không có cookie phiên.' },
      ]);
    }
    try {
      const pair = await this.refreshTokens.execute(token);
      setRefreshCookie(res, pair.refreshToken, this.config.REFRESH_TTL_DAYS, this.secureCookie);
      return pair;
    } catch (error) {
      // A dead cookie is removed so the browser stops presenting it.
      if (!dto.refreshToken) clearRefreshCookie(res, this.secureCookie);
      throw error;
    }
  }

  @Post('logout')
  @HttpCode(204)
  async logout(
    @Body() dto: LogoutDto,
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) res: Response,
  ): Promise<void> {
    await this.sessions.logout(req.caller!, dto.refreshToken ?? readRefreshCookie(req));
    clearRefreshCookie(res, this.secureCookie);
  }

  @Post('password')
  @HttpCode(204)
  async changePassword(@Body() dto: ChangePasswordDto, @Req() req: AuthenticatedRequest): Promise<void> {
    await this.sessions.changePassword(req.caller!, dto);
  }
}
