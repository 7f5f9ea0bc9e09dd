import { DeadlineReachedV1, DeadlineReachedV2 } from '@papi/contracts';
import { messageIdFor } from '../mail/message-id';
import { renderDeadlineReminder } from '../templates/deadline-reminder.template';
import { AgencyNotKnownYetException } from './agency-not-known-yet.exception';

export type DeadlinePayload = DeadlineReachedV1 | DeadlineReachedV2;
export type Recipient = { name: string; emails: string[] };

/** What the batch's events need from the database, each read in one query before planning. */
export interface ReminderLookups {
  /** Lead agencies that chose the daily digest. */
  digestAgencies: ReadonlySet<string>;
  /** The agency directory, for v1 events (no recipient snapshot). */
  directory: ReadonlyMap<string, Recipient>;
  /** Task id → progress percent, from the task views. */
  progress: ReadonlyMap<string, number>;
  /** Today's local date (yyyy-MM-dd): the digest day, and what days left / late count from. */
  today: string;
  appUrl: string;
}

export interface QueuedDelivery {
  dedupeKey: string;
  messageId: string;
  taskId: string;
  provinceCode: string;
  agencyIds: string[];
  to: string[];
  cc: string[];
  subject: string;
  text: string;
  html: string;
}

export interface HeldDigestEntry {
  dedupeKey: string;
  agencyId: string;
  localDate: string;
  taskId: string;
  provinceCode: string;
  planNumber: string;
  taskTitle: string;
  dueDate: string;
}

export interface ReminderPlan {
  deliveries: QueuedDelivery[];
  digestEntries: HeldDigestEntry[];
}

/**
 * The rows a batch of deadline events queues: an email per reminder, or a digest entry when its lead
 * agency chose the daily digest. One row per dedupe key, the first event's (as the per-event inserts
 * with ON CONFLICT DO NOTHING kept it). Throws AgencyNotKnownYetException for a v1 event whose lead is
 * not in the directory, failing the whole batch.
 */
export function planReminders(payloads: DeadlinePayload[], lookups: ReminderLookups): ReminderPlan {
  const deliveries = new Map<string, QueuedDelivery>();
  const digestEntries = new Map<string, HeldDigestEntry>();
  for (const p of payloads) {
    if (lookups.digestAgencies.has(p.leadAgencyId)) {
      if (!digestEntries.has(p.dedupeKey)) digestEntries.set(p.dedupeKey, digestEntryOf(p, lookups.today));
    } else if (!deliveries.has(p.dedupeKey)) {
      deliveries.set(p.dedupeKey, deliveryOf(p, lookups));
    }
  }
  return { deliveries: [...deliveries.values()], digestEntries: [...digestEntries.values()] };
}

/** The agencies a v1 event needs from the directory: lead, coordinating and owner. */
export function directoryIdsOf(p: DeadlinePayload): string[] {
  return [p.leadAgencyId, ...p.coordinatingAgencyIds, ...(p.ownerAgencyId ? [p.ownerAgencyId] : [])];
}

export function hasRecipients(p: DeadlinePayload): p is DeadlineReachedV2 {
  return 'lead' in p;
}

function deliveryOf(p: DeadlinePayload, lookups: ReminderLookups): QueuedDelivery {
  // Cc rules travel in the event (the plan's copyCoordinators, copyOwner from D+7): the scanner decided.
  const ccIds = [
    ...(p.copyCoordinators ? p.coordinatingAgencyIds : []),
    ...(p.copyOwner && p.ownerAgencyId ? [p.ownerAgencyId] : []),
  ].filter((id) => id !== p.leadAgencyId);
  const agencies = hasRecipients(p) ? snapshotOf(p) : lookups.directory;
  const lead = agencies.get(p.leadAgencyId);
  if (!lead) throw new AgencyNotKnownYetException(`lead agency ${p.leadAgencyId} not known yet`);
  const mail = renderDeadlineReminder({
    event: p,
    leadName: lead.name,
    coordinatingNames: p.coordinatingAgencyIds.flatMap((id) => agencies.get(id)?.name ?? []),
    progressPercent: lookups.progress.get(p.taskId) ?? null,
    today: lookups.today,
    taskUrl: `${lookups.appUrl.replace(/\/+$/, '')}/tasks/${p.taskId}`,
  });
  return {
    dedupeKey: p.dedupeKey,
    messageId: messageIdFor(p.dedupeKey),
    taskId: p.taskId,
    provinceCode: p.provinceCode,
    agencyIds: [p.leadAgencyId, ...ccIds],
    to: lead.emails,
    cc: [...new Set(ccIds.flatMap((id) => agencies.get(id)?.emails ?? []))],
    ...mail,
  };
}

function digestEntryOf(p: DeadlinePayload, today: string): HeldDigestEntry {
  return {
    dedupeKey: p.dedupeKey,
    agencyId: p.leadAgencyId,
    localDate: today,
    taskId: p.taskId,
    provinceCode: p.provinceCode,
    planNumber: p.planNumber,
    taskTitle: p.taskTitle,
    dueDate: p.dueDate,
  };
}

/** The recipients as the scan saw them (v2): what the email says and where it goes. */
function snapshotOf(p: DeadlineReachedV2): Map<string, Recipient> {
  const all = [p.lead, ...p.coordinating, ...(p.owner ? [p.owner] : [])];
  return new Map(all.map((r) => [r.agencyId, { name: r.name, emails: r.emails }]));
}
