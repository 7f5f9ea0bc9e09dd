import { All, Controller, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiExcludeController } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../access/authenticated-request';
import { ServiceProxy } from './service-proxy';

/** Everything under /api/v1 that the gateway does not answer itself goes to the owning service. */
@ApiExcludeController()
@Controller('api/v1')
export class ProxyController {
  constructor(private readonly proxy: ServiceProxy) {}

  @All('*path')
  forward(@Req() req: AuthenticatedRequest, @Res() res: Response): Promise<void> {
    return this.proxy.forward(req, res);
  }
}
