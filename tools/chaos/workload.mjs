// What flows through the system during a chaos run: honest survey sheets (with deliberate resubmissions)
// and tasks whose deadlines cross a reminder threshold.
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { inParallel } from './client.mjs';

// The compiled generators (dist/, built before the run), shared with the end-to-end tests.
const require = createRequire(import.meta.url);
require('../runtime/register-paths.cjs');
const { honestSheet, seededRandom } = require('../../dist/libs/testing/src/honest-sheets.js');
const { childrenOf } = require('../../dist/libs/admin-units/src/index.js');

/** The districts of a province on a date: the units sheets are sent for. */
export const districtsOf = (province, date) => childrenOf(province, date).map((u) => u.code);

const PERIOD = '2020-Q3';

export async function loadWave(client) {
  // The largest page: waves made by earlier runs on the same database sort before the seeded one.
  const waves = await client.request('GET', '/api/v1/waves?limit=500');
  const wave = waves.body.items.find((w) => w.code === PERIOD);
  if (!wave) throw new Error(`wave ${PERIOD} not found`);
  const instrument = (await client.request('GET', `/api/v1/instruments/${wave.instrumentId}`)).body;
  return { period: PERIOD, waveId: wave.id, instrument };
}

/**
 * `unique` honest sheets over `units`: five interviews a day per enumerator, 100 minutes apart (the
 * quality rules' hourly limit and overlap check stay quiet), enumerators spread over 30 days.
 */
export function makeSheets({ waveId, instrument }, units, unique, seed) {
  const random = seededRandom(seed);
  const run = randomUUID().slice(0, 6);
  return Array.from({ length: unique }, (_, i) => {
    const enumerator = Math.floor(i / 5);
    const day = enumerator % 30;
    const startedAt = new Date(Date.parse('2020-08-03T07:30:00+07:00') + day * 86_400_000 + (i % 5) * 100 * 60_000);
    return honestSheet(instrument, random, {
      waveId,
      unitCode: units[enumerator % units.length],
      enumeratorId: `CHAOS-${run}-${enumerator}`,
      startedAt,
      durationMinutes: 35 + Math.floor(random() * 25),
    });
  });
}

/** The send order: each unique sheet once, plus `resubmissions` repeats of earlier sheets mixed in. */
export function sendOrder(sheets, resubmissions, seed) {
  const random = seededRandom(seed + 1);
  const order = [...sheets];
  for (let k = 0; k < resubmissions; k++) {
    const original = Math.floor(random() * sheets.length);
    // Somewhere after the original: a device that did not get (or did not keep) its 202.
    const at = original + 1 + Math.floor(random() * (order.length - original));
    order.splice(at, 0, sheets[original]);
  }
  return order;
}

/** One plan, `agencies` lead agencies and `count` tasks due in two days: one reminder each at the next scan. */
export async function createReminderTasks(client, { count, agencies: agencyCount }) {
  const suffix = randomUUID().slice(0, 6);
  const agencies = [];
  for (let a = 0; a < agencyCount; a++) {
    const res = await client.request('POST', '/api/v1/agencies', {
      code: `C-${suffix}-${a}`,
      name: `Sở thử nghiệm sự cố ${a + 1}`,
      kind: 'department',
      emails: [`chaos-${suffix}-${a}@ninhthuan.example`],
    });
    if (res.status !== 201) throw new Error(`agency: ${res.status} ${JSON.stringify(res.body)}`);
    agencies.push(res.body.id);
  }
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' });
  const dateIn = (days) => today.format(Date.now() + days * 86_400_000);
  const plan = await client.request('POST', '/api/v1/plans', {
    number: `${suffix}/KH-UBND`,
    title: `Kế hoạch thử sự cố ${suffix}`,
    issuedOn: dateIn(-10),
    year: Number(dateIn(0).slice(0, 4)),
    status: 'issued',
  });
  if (plan.status !== 201) throw new Error(`plan: ${plan.status} ${JSON.stringify(plan.body)}`);
  const tasks = await inParallel([...Array(count).keys()], 12, async (i) => {
    const res = await client.request('POST', '/api/v1/tasks', {
      planId: plan.body.id,
      dimension: (i % 8) + 1,
      title: `Nhiệm vụ thử sự cố số ${i + 1}`,
      leadAgencyId: agencies[i % agencies.length],
      dueDate: dateIn(2),
    });
    if (res.status !== 201) throw new Error(`task: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.id;
  });
  return { planId: plan.body.id, taskIds: tasks };
}
