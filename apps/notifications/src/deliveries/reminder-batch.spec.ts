import { DeadlineReachedV1, DeadlineReachedV2 } from '@papi/contracts';
import { AgencyNotKnownYetException } from './agency-not-known-yet.exception';
import { planReminders, ReminderLookups } from './reminder-batch';

const LEAD = '00000000-0000-4000-8000-00000000000a';
const COORD = '00000000-0000-4000-8000-00000000000b';
const OWNER = '00000000-0000-4000-8000-00000000000c';
const DIGEST_LEAD = '00000000-0000-4000-8000-00000000000d';

function v1(n: number, overrides: Partial<DeadlineReachedV1> = {}): DeadlineReachedV1 {
  const taskId = `00000000-0000-4000-8000-1000000000${String(n).padStart(2, '0')}`;
  return {
    dedupeKey: `${taskId}:2026-12-01:D-3`,
    taskId,
    planId: '00000000-0000-4000-8000-200000000000',
    provinceCode: '58',
    dueDate: '2026-12-01',
    threshold: 'D-3',
    kind: 'upcoming',
    daysLate: 0,
    taskTitle: `Nhiệm vụ số ${n}`,
    planNumber: '12/KH-UBND',
    planTitle: 'Kế hoạch thử',
    leadAgencyId: LEAD,
    coordinatingAgencyIds: [COORD],
    copyCoordinators: true,
    ownerAgencyId: OWNER,
    copyOwner: false,
    ...overrides,
  };
}

function v2(n: number, overrides: Partial<DeadlineReachedV1> = {}): DeadlineReachedV2 {
  return {
    ...v1(n, overrides),
    lead: {
      agencyId: overrides.leadAgencyId ?? LEAD,
      name: 'Sở Nội vụ (ảnh chụp)',
      emails: ['snv-snap@ninhthuan.example'],
    },
    coordinating: [{ agencyId: COORD, name: 'Sở Tư pháp (ảnh chụp)', emails: ['stp-snap@ninhthuan.example'] }],
    owner: { agencyId: OWNER, name: 'Văn phòng UBND', emails: ['vp-snap@ninhthuan.example'] },
  };
}

const lookups: ReminderLookups = {
  digestAgencies: new Set([DIGEST_LEAD]),
  directory: new Map([
    [LEAD, { name: 'Sở Nội vụ', emails: ['snv@ninhthuan.example'] }],
    [COORD, { name: 'Sở Tư pháp', emails: ['stp@ninhthuan.example', 'snv@ninhthuan.example'] }],
    [OWNER, { name: 'Văn phòng UBND', emails: ['vp@ninhthuan.example'] }],
  ]),
  progress: new Map([[v1(1).taskId, 40]]),
  today: '2026-11-28',
  appUrl: 'https://papi.ninhthuan.example/',
};

describe('planReminders', () => {
  it('addresses v1 events from the directory and v2 events from their snapshot', () => {
    const sut = planReminders([v1(1), v2(2)], lookups);
    expect(sut.digestEntries).toEqual([]);
    expect(sut.deliveries.map((d) => [d.to, d.cc])).toEqual([
      [['snv@ninhthuan.example'], ['stp@ninhthuan.example', 'snv@ninhthuan.example']],
      [['snv-snap@ninhthuan.example'], ['stp-snap@ninhthuan.example']],
    ]);
    expect(sut.deliveries[0].text).toContain('40');
    expect(sut.deliveries[0].text).toContain(`https://papi.ninhthuan.example/tasks/${v1(1).taskId}`);
    expect(sut.deliveries[1].text).toContain('Sở Nội vụ (ảnh chụp)');
    expect(sut.deliveries[0].messageId).toMatch(/^<[0-9a-f]{32}@papi\.notifications>$/);
  });

  it('copies coordinators only when the plan says so, the owner only with copyOwner, never the lead', () => {
    const events = [
      v2(1, { copyCoordinators: false }),
      v2(2, { copyOwner: true }),
      v2(3, { coordinatingAgencyIds: [LEAD, COORD] }),
    ];
    const sut = planReminders(events, lookups);
    expect(sut.deliveries.map((d) => d.agencyIds)).toEqual([[LEAD], [LEAD, COORD, OWNER], [LEAD, COORD]]);
    expect(sut.deliveries[1].cc).toEqual(['stp-snap@ninhthuan.example', 'vp-snap@ninhthuan.example']);
  });

  it('holds the reminders of a digest agency, even a v1 one the directory does not know', () => {
    const sut = planReminders([v1(1, { leadAgencyId: DIGEST_LEAD }), v1(2)], lookups);
    expect(sut.digestEntries).toEqual([
      expect.objectContaining({ dedupeKey: v1(1).dedupeKey, agencyId: DIGEST_LEAD, localDate: '2026-11-28' }),
    ]);
    expect(sut.deliveries.map((d) => d.dedupeKey)).toEqual([v1(2).dedupeKey]);
  });

  it('fails the whole batch on a v1 event whose lead agency is not known yet', () => {
    const unknown = '00000000-0000-4000-8000-0000000000ff';
    expect(() =>
      planReminders([v1(1), v1(2, { leadAgencyId: unknown }), v2(3, { leadAgencyId: unknown })], lookups),
    ).toThrow(AgencyNotKnownYetException);
    expect(planReminders([v2(3, { leadAgencyId: unknown })], lookups).deliveries).toHaveLength(1);
  });

  it('keeps the first event of a dedupe key, as the per-event inserts did', () => {
    const sut = planReminders([v1(1), v2(1), v1(2)], lookups);
    expect(sut.deliveries.map((d) => [d.dedupeKey, d.to[0]])).toEqual([
      [v1(1).dedupeKey, 'snv@ninhthuan.example'],
      [v1(2).dedupeKey, 'snv@ninhthuan.example'],
    ]);
  });
});
