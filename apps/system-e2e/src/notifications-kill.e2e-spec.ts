import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { CapturedMail, expectEventually, SmtpCapture, startSystem, SystemUnderTest } from '@papi/testing';
import { ApiClient } from './api-client';
import { ADMIN, isoDatePlusDays } from './fixtures';

const BURST = 200;

interface BurstReport {
  taskIds: string[];
  agencyId: string;
  address: string;
}

interface Tally {
  lost: number;
  duplicates: number;
  /** Dedupe keys whose copies carry more than one Message-ID: must stay 0. */
  idMismatches: number;
}

const dedupeKeyOf = (m: CapturedMail) => String(m.raw.headers.get('x-dedupe-key') ?? '');

function tally(mails: CapturedMail[], taskIds: string[]): Tally {
  const byKey = new Map<string, CapturedMail[]>();
  for (const m of mails) byKey.set(dedupeKeyOf(m), [...(byKey.get(dedupeKeyOf(m)) ?? []), m]);
  const reached = new Set([...byKey.keys()].map((k) => k.split(':')[0]));
  return {
    lost: taskIds.filter((id) => !reached.has(id)).length,
    duplicates: mails.length - byKey.size,
    idMismatches: [...byKey.values()].filter((copies) => new Set(copies.map((c) => c.messageId)).size > 1).length,
  };
}

/**
 * At-least-once email under crashes (contract §5): a burst of reminders while notifications is
 * SIGKILLed and restarted. Every dedupe key must arrive; a duplicate is allowed only for the one
 * message a crash can leave accepted-but-not-committed, and it carries its original's Message-ID.
 */
describe('notifications under SIGKILL during a burst of reminders', () => {
  const smtp = new SmtpCapture();
  let system: SystemUnderTest;
  let api: ApiClient;

  beforeAll(async () => {
    await smtp.start();
    system = await startSystem({ smtpPort: smtp.port });
    api = new ApiClient(system.gatewayUrl);
    await api.login(ADMIN.email, ADMIN.password);
  });

  afterAll(async () => {
    await system?.stop();
    await smtp.stop();
  });

  async function createBurst(label: string): Promise<BurstReport> {
    const suffix = randomUUID().slice(0, 6);
    const address = `burst-${label}-${suffix}@ninhthuan.example`;
    const agency = await api.request('POST', '/api/v1/agencies', {
      code: `B-${suffix}`,
      name: `Sở thử nghiệm ${label}`,
      kind: 'department',
      emails: [address],
    });
    expect(agency.status).toBe(201);
    const plan = await api.request('POST', '/api/v1/plans', {
      number: `${suffix}/KH-UBND`,
      title: `Kế hoạch thử tải ${label}`,
      issuedOn: isoDatePlusDays(-10),
      year: Number(isoDatePlusDays(0).slice(0, 4)),
      status: 'issued',
    });
    expect(plan.status).toBe(201);
    const taskIds: string[] = [];
    // Ten at a time: fast enough, and gentle on the gateway's rate limit.
    for (let i = 0; i < BURST; i += 10) {
      const created = await Promise.all(
        Array.from({ length: Math.min(10, BURST - i) }, (_, j) =>
          api.request('POST', '/api/v1/tasks', {
            planId: plan.body.id,
            dimension: ((i + j) % 8) + 1,
            title: `Nhiệm vụ thử số ${i + j + 1}`,
            leadAgencyId: agency.body.id,
            dueDate: isoDatePlusDays(2),
          }),
        ),
      );
      for (const t of created) {
        expect(t.status).toBe(201);
        taskIds.push(t.body.id);
      }
    }
    return { taskIds, agencyId: agency.body.id, address };
  }

  const mailsTo = (address: string) => smtp.messages.filter((m) => m.to.includes(address));

  async function awaitSettled(burst: BurstReport): Promise<void> {
    await expectEventually(
      async () => {
        expect(tally(mailsTo(burst.address), burst.taskIds).lost).toBe(0);
        // Nothing left queued: no resend can still be on its way.
        const queued = await api.request('GET', `/api/v1/deliveries?agencyId=${burst.agencyId}&status=queued&limit=1`);
        expect(queued.status).toBe(200);
        expect(queued.body.total).toBe(0);
      },
      { timeoutMs: 60_000, intervalMs: 250 },
    );
  }

  async function waitForMails(address: string, count: number): Promise<void> {
    const deadline = Date.now() + 30_000;
    while (mailsTo(address).length < count && Date.now() < deadline) await sleep(2);
  }

  it('sends the burst with no duplicate when nothing crashes', async () => {
    const burst = await createBurst('calm');
    const run = await api.request('POST', '/api/v1/reminders/run');
    expect(run.status).toBe(200);
    await awaitSettled(burst);
    const result = tally(mailsTo(burst.address), burst.taskIds);
    console.log(`notifications burst without kills: lost ${result.lost}, duplicates ${result.duplicates}, kills 0`);
    expect(result).toEqual({ lost: 0, duplicates: 0, idMismatches: 0 });

    const log = await api.request('GET', `/api/v1/deliveries?agencyId=${burst.agencyId}&status=sent&limit=500`);
    expect(log.body).toMatchObject({ total: BURST, limit: 500, offset: 0 });
    expect(log.body.items[0]).toMatchObject({ status: 'sent', attempts: 1, to: [burst.address] });
  });

  it('loses nothing and duplicates at most one email per kill, with the same Message-ID', async () => {
    const burst = await createBurst('kill');
    const run = await api.request('POST', '/api/v1/reminders/run');
    expect(run.status).toBe(200);
    let kills = 0;
    for (const threshold of [BURST * 0.2, BURST * 0.6]) {
      await waitForMails(burst.address, threshold);
      await system.kill!('notifications');
      kills += 1;
      await system.restart!('notifications');
    }
    await awaitSettled(burst);
    const result = tally(mailsTo(burst.address), burst.taskIds);
    console.log(`notifications burst with kills: lost ${result.lost}, duplicates ${result.duplicates}, kills ${kills}`);
    expect(kills).toBeGreaterThanOrEqual(2);
    expect(result.lost).toBe(0);
    expect(result.duplicates).toBeLessThanOrEqual(kills);
    expect(result.idMismatches).toBe(0);
  });
});
