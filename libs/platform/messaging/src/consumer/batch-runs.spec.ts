import { EventEnvelope } from '@papi/contracts';
import { batchRuns, MessageRoute } from './batch-runs';

const envelope = (id: string) => ({ eventId: id }) as EventEnvelope;
const batch = (id: string, batchOf = 'a,b'): MessageRoute => ({ kind: 'batch', batchOf, envelope: envelope(id) });
const summary = (runs: ReturnType<typeof batchRuns<string>>) =>
  runs.map((r) => `${r.batchOf ?? 'single'}:${r.messages.join('')}:${r.envelopes.map((e) => e.eventId).join('')}`);

describe('batchRuns', () => {
  it('keeps consecutive events of one batch handler together, skipped types riding along', () => {
    const sut = batchRuns(
      [
        { message: '1', route: batch('1') },
        { message: '2', route: { kind: 'skip' } },
        { message: '3', route: batch('3') },
      ],
      10,
    );
    expect(summary(sut)).toEqual(['a,b:123:13']);
  });

  it('cuts at a message handled alone, at another batch handler and at the size cap, in order', () => {
    const sut = batchRuns(
      [
        { message: '0', route: { kind: 'skip' } },
        { message: '1', route: batch('1') },
        { message: '2', route: { kind: 'single' } },
        { message: '3', route: batch('3') },
        { message: '4', route: batch('4') },
        { message: '5', route: batch('5') },
        { message: '6', route: batch('6', 'c') },
      ],
      2,
    );
    expect(summary(sut)).toEqual(['single:0:', 'a,b:1:1', 'single:2:', 'a,b:34:34', 'a,b:5:5', 'c:6:6']);
  });
});
