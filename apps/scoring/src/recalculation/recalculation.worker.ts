import { Inject, Injectable, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import type { Logger } from 'pino';
import { LOGGER, SERVICE_CONFIG } from '@papi/platform-http';
import type { ScoringConfig } from '../config/scoring.config';
import { RecalculateDirtyUseCase, RecalculationFailedError } from './recalculate-dirty.use-case';

/** Units recalculated in one run before the worker yields to the event loop (and to the next tick). */
const MAX_UNITS_PER_RUN = 1_000;

/**
 * Drains `dirty_unit` in-process. It runs at most once per SCORE_RECALC_INTERVAL_MS: right away when a
 * counting transaction commits (`wake`) if the last run is older than that, else at the end of the
 * interval. So a burst of sheets for one unit is gathered into a few recalculations, and a lone sheet
 * is scored within one interval. A timer also polls, for units marked by other replicas or left dirty
 * by a failed run.
 */
@Injectable()
export class RecalculationWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly intervalMs: number;
  private poller?: NodeJS.Timeout;
  private scheduled?: NodeJS.Timeout;
  private running?: Promise<unknown>;
  private wokenWhileRunning = false;
  private lastRunAt = 0;
  private stopped = false;

  constructor(
    private readonly recalculate: RecalculateDirtyUseCase,
    @Inject(SERVICE_CONFIG) config: ScoringConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    this.intervalMs = config.SCORE_RECALC_INTERVAL_MS;
  }

  onApplicationBootstrap(): void {
    this.poller = setInterval(() => this.wake(), this.intervalMs);
    this.poller.unref();
    this.wake();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearInterval(this.poller);
    clearTimeout(this.scheduled);
    await this.running;
  }

  /** Asks for a run: now if the last one is at least one interval old, else when it will be. */
  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.wokenWhileRunning = true;
      return;
    }
    if (this.scheduled) return;
    const wait = Math.max(0, this.lastRunAt + this.intervalMs - Date.now());
    this.scheduled = setTimeout(() => {
      this.scheduled = undefined;
      this.running = this.drain().finally(() => {
        this.running = undefined;
        if (this.wokenWhileRunning) {
          this.wokenWhileRunning = false;
          this.wake();
        }
      });
    }, wait);
  }

  /** Recalculates dirty units until none is left (or the run's cap); exposed for tests. */
  async drain(): Promise<number> {
    this.lastRunAt = Date.now();
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
