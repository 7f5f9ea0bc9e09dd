import { Inject, Injectable, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import type { Logger } from 'pino';
import { LOGGER, SERVICE_CONFIG } from '@papi/platform-http';
import type { ScoringConfig } from '../config/scoring.config';
import { RecalculateDirtyUseCase, RecalculationFailedError } from './recalculate-dirty.use-case';

/** Units recalculated in one run before the worker yields to the event loop (and to the next tick). */
const MAX_UNITS_PER_RUN = 1_000;

/**
 * Drains `dirty_unit` in-process. A counting transaction that commits wakes it; the run starts once
 * sheets stop arriving for SCORE_RECALC_INTERVAL_MS, but never later than SCORE_RECALC_MAX_DELAY_MS
 * after the first waiting sheet. So a burst of sheets for one unit is gathered into a few
 * recalculations, and any sheet is scored within the max delay plus one recalculation. A timer also
 * polls every interval, for units marked by other replicas or left dirty by a failed run.
 */
@Injectable()
export class RecalculationWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly quietMs: number;
  private readonly maxDelayMs: number;
  private poller?: NodeJS.Timeout;
  private scheduled?: NodeJS.Timeout;
  /** When the oldest sheet not yet covered by a scheduled run was counted. */
  private firstWaitingAt?: number;
  private running?: Promise<unknown>;
  private wokenWhileRunning = false;
  private stopped = false;

  constructor(
    private readonly recalculate: RecalculateDirtyUseCase,
    @Inject(SERVICE_CONFIG) config: ScoringConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    this.quietMs = config.SCORE_RECALC_INTERVAL_MS;
    this.maxDelayMs = Math.max(config.SCORE_RECALC_MAX_DELAY_MS, this.quietMs);
  }

  onApplicationBootstrap(): void {
    this.poller = setInterval(() => this.poll(), this.quietMs);
    this.poller.unref();
    this.poll();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearInterval(this.poller);
    clearTimeout(this.scheduled);
    await this.running;
  }

  /** A sheet was counted or removed: run when the burst pauses, or at the latest after the max delay. */
  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.wokenWhileRunning = true;
      return;
    }
    const now = Date.now();
    this.firstWaitingAt ??= now;
    clearTimeout(this.scheduled);
    const at = Math.min(now + this.quietMs, this.firstWaitingAt + this.maxDelayMs);
    this.scheduled = setTimeout(() => this.start(), Math.max(0, at - now));
  }

  /** Periodic check: start a run unless one is running or already scheduled. */
  private poll(): void {
    if (this.stopped || this.running || this.scheduled) return;
    this.start();
  }

  private start(): void {
    clearTimeout(this.scheduled);
    this.scheduled = undefined;
    this.firstWaitingAt = undefined;
    this.running = this.drain().finally(() => {
      this.running = undefined;
      if (this.wokenWhileRunning) {
        this.wokenWhileRunning = false;
        this.wake();
      }
    });
  }

  /** Recalculates dirty units until none is left (or the run's cap); exposed for tests. */
  async drain(): Promise<number> {
    let done = 0;
    while (!this.stopped && done < MAX_UNITS_PER_RUN) {
      try {
        const outcome = await this.recalculate.next();
        if (outcome.kind === 'idle') break;
        done++;
      } catch (error) {
        if (error instanceof RecalculationFailedError) {
          this.logger.warn(
            { err: error.cause, unit: error.unit.unitCode, period: error.unit.period },
            'recalculation failed',
          );
          await this.recalculate.postpone(error.unit).catch(() => undefined);
        } else {
          this.logger.warn({ err: error }, 'recalculation run failed');
        }
        break;
      }
    }
    if (done === MAX_UNITS_PER_RUN) this.wokenWhileRunning = true;
    return done;
  }
}
