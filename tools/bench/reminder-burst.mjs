// Figure 5: `count` tasks crossing a threshold at once. The tasks of one issued plan are bulk-loaded into
// plans' own `task` table (the table the deadline scan reads; no task events are published, so
// notifications shows no progress in these emails), all due yesterday so the overdue D+1 threshold is
// reached. Then the real path runs: `POST /api/v1/reminders/run` on plans (the scan the daily scheduler
// runs from REMINDER_SEND_HOUR) → one `plans.deadline-reached` per task through plans' outbox → the
// notifications consumer queues and sends each → the benchmark's SMTP capture. Timed from the scan
// request until every task's email reached the SMTP server; duplicates counted by Message-ID.
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';

const localDay = (ms) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(ms);

export async function reminderBurst({ pgConfig, settings, capture, count, provinceCode, timeoutMs }) {
  const db = new pg.Client({ ...pgConfig, database: settings('PLANS_DB_NAME') });
  await db.connect();
  let planId;
  try {
    const { rows: agencies } = await db.query(
      `SELECT id FROM agency WHERE province_code = $1 AND valid_to IS NULL AND cardinality(emails) > 0 ORDER BY code`,
      [provinceCode],
    );
    if (agencies.length === 0) throw new Error(`no agency with an email in province ${provinceCode}`);
    const today = localDay(Date.now());
    const yesterday = localDay(Date.now() - 86_400_000);
    const number = `BENCH-${Date.now().toString(36).toUpperCase()}/KH`;
    ({
      rows: [{ id: planId }],
    } = await db.query(
      `INSERT INTO plan (province_code, number, title, issued_on, year, status, targets, copy_coordinators)
       VALUES ($1, $2, 'Kế hoạch đo tải nhắc việc (benchmark)', $3, $4, 'issued', '{}'::jsonb, false) RETURNING id`,
      [provinceCode, number, today, Number(today.slice(0, 4))],
    ));
    const { rows: tasks } = await db.query(
      `INSERT INTO task (plan_id, province_code, dimension, title, lead_agency_id, due_date)
       SELECT $1, $2, 1 + n % 8, 'Nhiệm vụ đo tải số ' || n, ($3::uuid[])[1 + n % cardinality($3::uuid[])], $4
         FROM generate_series(1, $5) AS n RETURNING id`,
      [planId, provinceCode, agencies.map((a) => a.id), yesterday, count],
    );
    const taskIds = new Set(tasks.map((t) => t.id));
    const ours = () => capture.received.filter((m) => taskIds.has(m.dedupeKey?.split(':')[0]));
    const started = performance.now();
    const res = await fetch(`${settings('PLANS_URL')}/api/v1/reminders/run`, {
      method: 'POST',
      headers: { 'x-internal-secret': settings('INTERNAL_SECRET'), 'x-caller-role': 'system' },
      signal: AbortSignal.timeout(timeoutMs),
    });
    const scan = await res.json();
    if (res.status !== 200) throw new Error(`reminder scan answered ${res.status}: ${JSON.stringify(scan)}`);
    const scanSeconds = (performance.now() - started) / 1000;
    const deadline = started + timeoutMs;
    while (new Set(ours().map((m) => m.messageId)).size < count && performance.now() < deadline) await sleep(100);
    await sleep(2000); // late duplicates (a retried send) still count
    const mails = ours();
    const firsts = new Map();
    for (const m of mails) if (!firsts.has(m.messageId)) firsts.set(m.messageId, m.at);
    const delivered = firsts.size;
    const last = Math.max(started, ...firsts.values());
    return {
      count,
      scanned: scan.sent,
      scanSeconds,
      seconds: delivered === count ? (last - started) / 1000 : NaN,
      delivered,
      missing: count - delivered,
      duplicates: mails.length - delivered,
      keyMismatches: countKeyMismatches(mails),
      dueDate: yesterday,
    };
  } finally {
    // The bench's tasks are closed so later scans of this stack ignore them.
    if (planId) await db.query(`UPDATE task SET status = 'done' WHERE plan_id = $1`, [planId]).catch(() => undefined);
    await db.end();
  }
}

/** A resent email must carry its original's Message-ID: one dedupe key, one Message-ID. */
function countKeyMismatches(mails) {
  const idOf = new Map();
  let mismatches = 0;
  for (const m of mails) {
    const seen = idOf.get(m.dedupeKey);
    if (seen === undefined) idOf.set(m.dedupeKey, m.messageId);
    else if (seen !== m.messageId) mismatches++;
  }
  return mismatches;
}
