import { LoggerService } from '@nestjs/common';
import pino, { Logger } from 'pino';
import { batchedStdout } from './batched-stdout';
import { CorrelationContext } from './correlation-context';

/**
 * Structured JSON logs; every line carries the correlation id of the work it belongs to. Written to stdout
 * asynchronously: lines logged while a write is in flight leave in one write instead of one synchronous
 * write each (a tenth of the gateway's CPU per request under load was its audit line's own write), and
 * pino flushes what is pending when the process exits. With `batchMs`, the lines of that many milliseconds
 * leave together (`batchedStdout`): for a process that logs a line per request (the gateway's audit log).
 */
export function createLogger(
  service: string,
  level = process.env.LOG_LEVEL ?? 'info',
  { batchMs = 0 }: { batchMs?: number } = {},
): Logger {
  return pino(
    {
      level,
      base: { service },
      mixin: () => {
        const ctx = CorrelationContext.current();
        return ctx ? { correlationId: ctx.correlationId } : {};
      },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    batchMs > 0 ? batchedStdout(batchMs) : pino.destination({ dest: 1, sync: false }),
  );
}

/** Lets Nest's own messages go through the same JSON logger. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}
  log(message: unknown, context?: string) {
    this.logger.info({ context }, String(message));
  }
  error(message: unknown, trace?: string, context?: string) {
    this.logger.error({ context, trace }, String(message));
  }
  warn(message: unknown, context?: string) {
    this.logger.warn({ context }, String(message));
  }
  debug(message: unknown, context?: string) {
    this.logger.debug({ context }, String(message));
  }
  verbose(message: unknown, context?: string) {
    this.logger.trace({ context }, String(message));
  }
}
