import { Controller, Get, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import { metricsRegistry } from '@papi/platform-observability';
import { PROBLEM_CONTENT_TYPE, problemTitle, problemType } from './problem';
import { READINESS_CHECKS, ReadinessCheck, runChecks } from './readiness';

@Controller()
export class HealthController {
  constructor(@Inject(READINESS_CHECKS) private readonly checks: ReadinessCheck[]) {}

  @Get('health/live')
  live() {
    return { status: 'up' };
  }

  @Get('health/ready')
  async ready(@Res() res: Response) {
    const checks = await runChecks(this.checks);
    const failing = Object.keys(checks).filter((name) => !checks[name]);
    if (failing.length === 0) return res.status(200).json({ status: 'ready', checks });
    res.setHeader('Retry-After', '5');
    return res
      .status(503)
      .type(PROBLEM_CONTENT_TYPE)
      .send(
        JSON.stringify({
          type: problemType(503),
          title: problemTitle(503),
          status: 503,
          detail: `Chưa sẵn sàng: ${failing.join(', ')}`,
          instance: '/health/ready',
          checks,
        }),
      );
  }

  @Get('metrics')
  async metrics(@Res() res: Response) {
    res.type(metricsRegistry.contentType).send(await metricsRegistry.metrics());
  }
}
