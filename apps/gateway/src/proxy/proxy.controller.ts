import { All, Controller, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { AuthenticatedRequest } from '../auth/jwt-auth.guard';
import { ServiceProxy } from './service-proxy';

/** Everything under /api/v1 that the gateway does not answer itself goes to the owning service. */
@Controller('api/v1')
export class ProxyController {
  constructor(private readonly proxy: ServiceProxy) {}

  @All('*path')
  forward(@Req() req: AuthenticatedRequest, @Res() res: Response): Promise<void> {
    return this.proxy.forward(req, res);
  }
}
