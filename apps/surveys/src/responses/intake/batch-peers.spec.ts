import type { SheetForQuality } from '../../quality';
import { withBatchPeers } from './batch-peers';

const WAVE = 'wave-1';

function sheet(id: string, enumeratorId: string, startedAt: string, finishedAt: string): SheetForQuality {
  return {
    submissionId: id,
    unitCode: '58001',
    enumeratorId,
    respondent: { sex: 'female', ageGroup: '30-39' },
    answers: [],
    startedAt,
    finishedAt,
  };
}

const own = sheet('own', 'enum-1', '2020-07-01T09:00:00Z', '2020-07-01T09:40:00Z');
const none = { candidates: [], neighbours: [] };

describe('withBatchPeers', () => {
  it('adds an earlier sheet of the batch that shares a lookup signature, once', () => {
    const twin = sheet('twin', 'enum-2', '2020-07-02T09:00:00Z', '2020-07-02T09:40:00Z');
    const other = sheet('other', 'enum-3', '2020-07-02T09:00:00Z', '2020-07-02T09:40:00Z');
    const peers = [
      { waveId: WAVE, sheet: twin, signatures: ['b', 'x'] },
      { waveId: WAVE, sheet: other, signatures: ['y'] },
      { waveId: 'other-wave', sheet: sheet('elsewhere', 'enum-1', own.startedAt, own.finishedAt), signatures: ['a'] },
    ];
    expect(withBatchPeers(WAVE, own, ['a', 'b'], none, peers).candidates.map((c) => c.submissionId)).toEqual(['twin']);
    const stored = { candidates: [twin], neighbours: [] };
    expect(withBatchPeers(WAVE, own, ['a', 'b'], stored, peers).candidates).toHaveLength(1);
  });

  it("adds the enumerator's earlier sheets of the batch within the database's hour window, in time order", () => {
    const overlapping = sheet('overlapping', 'enum-1', '2020-07-01T09:20:00Z', '2020-07-01T10:00:00Z');
    const hourBefore = sheet('hour-before', 'enum-1', '2020-07-01T07:30:00Z', '2020-07-01T08:10:00Z');
    const dayAfter = sheet('day-after', 'enum-1', '2020-07-02T09:00:00Z', '2020-07-02T09:40:00Z');
    const colleague = sheet('colleague', 'enum-2', own.startedAt, own.finishedAt);
    const stored = {
      candidates: [],
      neighbours: [
        {
          submissionId: 'stored',
          enumeratorId: 'enum-1',
          startedAt: '2020-07-01T08:15:00Z',
          finishedAt: '2020-07-01T08:50:00Z',
        },
      ],
    };
    const peers = [overlapping, hourBefore, dayAfter, colleague].map((s) => ({
      waveId: WAVE,
      sheet: s,
      signatures: [],
    }));
    const { neighbours } = withBatchPeers(WAVE, own, [], stored, peers);
    expect(neighbours.map((n) => n.submissionId)).toEqual(['hour-before', 'stored', 'overlapping']);
    expect(neighbours[2]).toEqual({
      submissionId: 'overlapping',
      enumeratorId: 'enum-1',
      startedAt: overlapping.startedAt,
      finishedAt: overlapping.finishedAt,
    });
  });

  it('leaves the stored context as it is when no earlier sheet of the batch is of the wave', () => {
    const stored = { candidates: [own], neighbours: [] };
    expect(withBatchPeers(WAVE, own, ['a'], stored, [])).toBe(stored);
  });
});
