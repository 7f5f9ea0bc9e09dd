import { Agent, request } from 'node:http';
import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import type { Response } from 'express';
import type { Logger } from 'pino';
import { CallerHeaders, GATEWAY_IDLE_SOCKET_MS, ProblemException, Problems } from '@papi/platform-http';
import { CorrelationContext } from '@papi/platform-observability';
import type { AuthenticatedRequest } from '../access/authenticated-request';
import { GATEWAY_CONFIG, GATEWAY_LOGGER } from '../common/tokens';
import type { GatewayConfig } from '../config/gateway.config';
import { serviceUrls } from './routes';

const PASS_RESPONSE_HEADERS = ['content-type', 'location', 'retry-after', 'www-authenticate', 'content-disposition'];
const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH']);

interface Upstream {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  payload: Buffer;
}

/**
 * Forwards an authenticated request to the owning service with the caller in internal headers
 * (vouched for by the shared secret). A service that is down or too slow is a 503, never a hang.
 */
@Injectable()
export class ServiceProxy implements OnModuleDestroy {
  private readonly urls: Record<string, string>;
  /** Kept-alive connections to the services: a new TCP connection per forwarded call costs more than the call. */
  // Idle pooled connections are closed before the services close them (see GATEWAY_IDLE_SOCKET_MS).
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 256, timeout: GATEWAY_IDLE_SOCKET_MS });

  constructor(
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
    @Inject(GATEWAY_LOGGER) private readonly logger: Logger,
  ) {
    this.urls = serviceUrls(config);
  }

  async forward(req: AuthenticatedRequest, res: Response): Promise<void> {
    const owner = req.permission?.owner;
    // The guard only lets through rows of the table; a gateway row without a controller does not exist.
    if (!owner || owner === 'gateway') throw Problems.notFound();
    const body = this.bodyOf(req);
    if (body && body.length > 0) this.checkContentType(req, req.permission!.body);
    let upstream: Upstream;
    try {
      upstream = await this.call(`${this.urls[owner]}${req.originalUrl}`, req.method, this.headersFor(req), body);
    } catch (err) {
      // Down, refused, reset or too slow: the client learns which service, never its address.
      this.logger.warn({ err, owner }, 'service unreachable');
      throw Problems.unavailable(`Dịch vụ ${owner} tạm thời không sẵn sàng. Vui lòng thử lại sau.`);
    }
    res.status(upstream.status);
    for (const name of PASS_RESPONSE_HEADERS) {
      const value = upstream.headers[name];
      if (value) res.setHeader(name, value);
    }
    res.send(upstream.payload);
  }

  onModuleDestroy(): void {
    this.agent.destroy();
  }

  /** One call with the whole answer buffered; rejects on a network error or after SERVICE_TIMEOUT_MS. */
  private call(url: string, method: string, headers: Record<string, string>, body?: Buffer): Promise<Upstream> {
    return new Promise((resolve, reject) => {
      const outgoing = request(url, { method, headers, agent: this.agent }, (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('error', reject);
        incoming.on('end', () =>
          resolve({ status: incoming.statusCode ?? 502, headers: incoming.headers, payload: Buffer.concat(chunks) }),
        );
      });
      // The whole call is bounded, so a slow drip cannot hold it. No socket inactivity timeout beside it (one
      // more timer and listener per call): inactivity of the same length starts after the call did, so the
      // deadline always fires first.
      const deadline = setTimeout(() => outgoing.destroy(new Error('service timeout')), this.config.SERVICE_TIMEOUT_MS);
      outgoing.on('error', reject);
      outgoing.on('close', () => clearTimeout(deadline));
      if (body) outgoing.setHeader('content-length', body.length);
      outgoing.end(body);
    });
  }

  /**
   * A route that takes JSON gets JSON, a CSV route CSV: a body of another type would reach the service
   * as "no fields" — for a PATCH, a no-op update that still leaves an audit entry.
   */
  private checkContentType(req: AuthenticatedRequest, body: string | undefined): void {
    const type = (req.header('content-type') ?? '').split(';')[0].trim().toLowerCase();
    const json = type === 'application/json' || type.endsWith('+json');
    const expected = body === 'csv' ? 'text/csv' : 'application/json';
    if (body === 'csv' ? type === 'text/csv' : json) return;
    throw new ProblemException(415, `Kiểu nội dung phải là ${expected}.`);
  }

  private bodyOf(req: AuthenticatedRequest): Buffer | undefined {
    if (!BODY_METHODS.has(req.method)) return undefined;
    return Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
  }

  private headersFor(req: AuthenticatedRequest): Record<string, string> {
    const caller = req.caller!;
    const headers: Record<string, string> = {
      [CallerHeaders.secret]: this.config.INTERNAL_SECRET,
      [CallerHeaders.user]: caller.sub,
      [CallerHeaders.role]: caller.role,
      [CallerHeaders.province]: caller.province,
      [CallerHeaders.credential]: caller.credential,
      'x-correlation-id': CorrelationContext.correlationId(),
      accept: req.header('accept') ?? 'application/json',
    };
    if (caller.agency) headers[CallerHeaders.agency] = caller.agency;
    const type = req.header('content-type');
    if (type) headers['content-type'] = type;
    return headers;
  }
}
