/** What a batch answers for one of its items: a result, or the error that item's caller receives. */
export type Outcome<R> = { ok: true; value: R } | { ok: false; error: unknown };

export interface GroupCommitOptions<I, R> {
  /** Writes the items in one transaction and answers each, in order (one outcome per item). */
  commit: (items: I[]) => Promise<Outcome<R>[]>;
  /** Most items in one commit; more wait for the next. */
  maxBatch: number;
  /** Most commits in flight at once (default 1); the caller makes concurrent commits safe (lock order). */
  concurrency?: number;
  /** Told each batch's size as it starts (a metric). */
  onBatch?: (size: number) => void;
}

interface Waiting<I, R> {
  item: I;
  resolve: (value: R) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit: items that arrive while the commits in flight are busy wait and are written together by
 * the next one. A commit starts at the end of the event-loop turn its first item arrived in (items of
 * the same turn go together), so at a trickle every item is a commit of its own and waits for nothing;
 * under load the batches grow by themselves, so the round trips, the statements and the WAL flushes per
 * item shrink as the rate rises. Up to `concurrency` commits run at once, so a batch waiting for its
 * database round trips does not hold back the items behind it.
 */
export class GroupCommit<I, R> {
  private readonly queue: Waiting<I, R>[] = [];
  private inFlight = 0;
  private scheduled = false;

  constructor(private readonly options: GroupCommitOptions<I, R>) {}

  submit(item: I): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      this.schedule();
    });
  }

  /** Items waiting for a commit (not counting those in flight). */
  get waiting(): number {
    return this.queue.length;
  }

  private schedule(): void {
    if (this.scheduled || this.inFlight >= (this.options.concurrency ?? 1)) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.start();
    });
  }

  private start(): void {
    while (this.queue.length > 0 && this.inFlight < (this.options.concurrency ?? 1)) {
      const batch = this.queue.splice(0, this.options.maxBatch);
      this.options.onBatch?.(batch.length);
      this.inFlight++;
      void this.commitBatch(batch).finally(() => {
        this.inFlight--;
        if (this.queue.length > 0) this.start();
      });
    }
  }

  private async commitBatch(batch: Waiting<I, R>[]): Promise<void> {
    let outcomes: Outcome<R>[];
    try {
      outcomes = await this.options.commit(batch.map((w) => w.item));
    } catch (error) {
      for (const w of batch) w.reject(error);
      return;
    }
    batch.forEach((w, i) => {
      const outcome = outcomes[i];
      if (!outcome) w.reject(new Error(`group commit answered ${outcomes.length} of ${batch.length} items`));
      else if (outcome.ok) w.resolve(outcome.value);
      else w.reject(outcome.error);
    });
  }
}
