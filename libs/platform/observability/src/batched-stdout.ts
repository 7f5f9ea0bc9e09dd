import { writeSync } from 'node:fs';
import pino from 'pino';

/** What pino writes to: any object with `write(line)`. */
export interface LogDestination {
  write(line: string): void;
  /** Writes what is pending now; `done` runs once the stream has written it (pino's `logger.flush`). */
  flush(done?: (err?: Error) => void): void;
}

/**
 * Stdout that gathers the lines of `windowMs` into one write. An asynchronous write of one line goes
 * through libuv's thread pool (a wake-up of a worker thread, then of the event loop when it completes):
 * at a few hundred requests a second with an audit line each, those wake-ups cost more than the lines.
 * Lines wait at most `windowMs`; an idle process sets no timer; what is pending is written when the
 * process exits.
 */
export function batchedStdout(windowMs: number): LogDestination {
  const stream = pino.destination({ dest: 1, sync: false });
  let pending: string[] = [];
  let timer: NodeJS.Timeout | undefined;
  const writePending = () => {
    clearTimeout(timer);
    timer = undefined;
    if (pending.length === 0) return;
    const lines = pending.join('');
    pending = [];
    stream.write(lines);
  };
  // pino's hook (flush the stream synchronously, then end it) may run before or after this one: the
  // stream's older lines go first either way, then the pending ones, written directly.
  process.once('exit', () => {
    if (pending.length === 0) return;
    const lines = pending.join('');
    pending = [];
    try {
      stream.flushSync();
    } catch {
      // Already ended by pino's hook, which wrote what the stream held.
    }
    try {
      writeSync(1, lines);
    } catch {
      // Stdout is gone: nowhere left to write to.
    }
  });
  return {
    write(line: string) {
      pending.push(line);
      timer ??= setTimeout(writePending, windowMs).unref();
    },
    flush(done) {
      writePending();
      stream.flush(done);
    },
  };
}
