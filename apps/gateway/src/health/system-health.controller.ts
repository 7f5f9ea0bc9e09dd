import { Controller, Get, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { PROBLEM_CONTENT_TYPE, problemTitle, problemType, runChecks, ReadinessCheck } from '@papi/platform-http';
import { metricsRegistry } from '@papi/platform-observability';
import type { RedisConnection } from '@papi/platform-persistence';
import { GATEWAY_CONFIG, GATEWAY_REDIS } from '../common/tokens';
import type { GatewayConfig } from '../config/gateway.config';
import { serviceUrls } from '../proxy/routes';

/** `/health` is system readiness: the gateway's own checks and every service it routes to. */
@Controller()
export class SystemHealthController {
  private readonly own: ReadinessCheck[];
  private readonly services: ReadinessCheck[];

  constructor(
    dataSource: DataSource,
    @Inject(GATEWAY_REDIS) redis: RedisConnection,
    @Inject(GATEWAY_CONFIG) config: GatewayConfig,
  ) {
    this.own = [
      { name: 'database', check: async () => (await dataSource.query('SELECT 1 AS ok'))[0].ok === 1 },
      { name: 'migrations', check: async () => !(await dataSource.showMigrations()) },
      { name: 'redis', check: async () => (await redis.ping()) === 'PONG' },
    ];
    this.services = Object.entries(serviceUrls(config)).map(([name, url]) => ({
      name,
      check: async () => (await fetch(`${url}/health/ready`, { signal: AbortSignal.timeout(1500) })).ok,
    }));
  }

  @Get('health/live')
  live() {
    return { status: 'up' };
  }

  @Get('health/ready')
  ready(@Res() res: Response) {
    return this.respond(res, this.own, '/health/ready');
  }

  @Get('health')
  system(@Res() res: Response) {
    return this.respond(res, [...this.own, ...this.services], '/health');
  }

  @Get('metrics')
  async metrics(@Res() res: Response) {
    res.type(metricsRegistry.contentType).send(await metricsRegistry.metrics());
  }

  private async respond(res: Response, checks: ReadinessCheck[], instance: string) {
    const results = await runChecks(checks);
    const failing = Object.keys(results).filter((name) => !results[name]);
    if (failing.length === 0) return res.status(200).json({ status: 'ready', checks: results });
    res.setHeader('Retry-After', '5');
    const detail = `Hệ thống chưa sẵn sàng: ${failing.join(', ')}`;
    const body = { type: problemType(503), title: problemTitle(503), status: 503, detail, instance, checks: results };
    return res.status(503).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(body));
  }
}
