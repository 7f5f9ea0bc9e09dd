import { Topics } from '../topics';
import {
  arrayOf,
  checkShape,
  isBoolean,
  isDate,
  isInt,
  isNumber,
  isString,
  isUuid,
  oneOf,
  optional,
  recordOf,
  shapeOf,
} from '../validation/checks';
import { defineEvent } from './event-definition';

export interface AgencyUpsertedV1 {
  agencyId: string;
  provinceCode: string;
  code: string;
  name: string;
  kind: 'department' | 'district' | 'commune' | 'other';
  emails: string[];
  validFrom: string | null;
  validTo: string | null;
}

export const AgencyUpserted = defineEvent<AgencyUpsertedV1>({
  type: 'plans.agency-upserted',
  version: 1,
  topic: Topics.planAgencies,
  summary: 'An agency was created or changed; carries its full current state.',
  keyOf: (p) => p.agencyId,
  validate: (p) =>
    checkShape(p, {
      agencyId: isUuid,
      provinceCode: isString,
      code: isString,
      name: isString,
      kind: oneOf('department', 'district', 'commune', 'other'),
      emails: arrayOf(isString),
      validFrom: optional(isDate),
      validTo: optional(isDate),
    }),
});

export interface PlanUpsertedV1 {
  planId: string;
  provinceCode: string;
  number: string;
  title: string;
  year: number;
  status: 'draft' | 'issued' | 'closed';
  parentId: string | null;
  ownerAgencyId: string | null;
  copyCoordinators: boolean;
  /** The plan's score targets (rank, dimension scores); null when it sets none. Scoring alerts read them. */
  targets: PlanTargetsV1 | null;
}

export interface PlanTargetsV1 {
  /** Target national rank (e.g. 20 for "top 20"), null when the plan sets none. */
  rank: number | null;
  /** Dimension number ('1'…'8') → target score on the 1–10 scale. */
  dimensions: Record<string, number>;
}

const isPlanTargets = shapeOf({ rank: optional(isInt), dimensions: recordOf(isNumber) });

export const PlanUpserted = defineEvent<PlanUpsertedV1>({
  type: 'plans.plan-upserted',
  version: 1,
  topic: Topics.planPlans,
  summary: 'A plan was created or changed (including status moves); carries its full current state.',
  keyOf: (p) => p.planId,
  validate: (p) =>
    checkShape(p, {
      planId: isUuid,
      provinceCode: isString,
      number: isString,
      title: isString,
      year: isInt,
      status: oneOf('draft', 'issued', 'closed'),
      parentId: optional(isUuid),
      ownerAgencyId: optional(isUuid),
      copyCoordinators: isBoolean,
      targets: optional(isPlanTargets),
    }),
});

export interface TaskUpsertedV1 {
  taskId: string;
  planId: string;
  provinceCode: string;
  dimension: number;
  title: string;
  leadAgencyId: string;
  coordinatingAgencyIds: string[];
  dueDate: string;
  status: 'not_started' | 'in_progress' | 'done' | 'cancelled';
  progressPercent: number;
}

export const TaskUpserted = defineEvent<TaskUpsertedV1>({
  type: 'plans.task-upserted',
  version: 1,
  topic: Topics.planTasks,
  summary: 'A task was created or changed; carries its full current state.',
  keyOf: (p) => p.taskId,
  validate: (p) =>
    checkShape(p, {
      taskId: isUuid,
      planId: isUuid,
      provinceCode: isString,
      dimension: isInt,
      title: isString,
      leadAgencyId: isUuid,
      coordinatingAgencyIds: arrayOf(isUuid),
      dueDate: isDate,
      status: oneOf('not_started', 'in_progress', 'done', 'cancelled'),
      progressPercent: isInt,
    }),
});

export interface DeadlineReachedV1 {
  /** (task id, due date, threshold): the reminder's identity and dedupe key everywhere. */
  dedupeKey: string;
  taskId: string;
  planId: string;
  provinceCode: string;
  dueDate: string;
  threshold: string;
  kind: 'upcoming' | 'due' | 'overdue';
  daysLate: number;
  taskTitle: string;
  planNumber: string;
  planTitle: string;
  leadAgencyId: string;
  coordinatingAgencyIds: string[];
  copyCoordinators: boolean;
  ownerAgencyId: string | null;
  copyOwner: boolean;
}

export const DeadlineReached = defineEvent<DeadlineReachedV1>({
  type: 'plans.deadline-reached',
  version: 1,
  topic: Topics.planDeadlines,
  summary: 'A task crossed a reminder threshold (D-7, D-3, D-1, D0, or overdue D+n); one per dedupe key.',
  keyOf: (p) => p.taskId,
  validate: (p) =>
    checkShape(p, {
      dedupeKey: isString,
      taskId: isUuid,
      planId: isUuid,
      provinceCode: isString,
      dueDate: isDate,
      threshold: isString,
      kind: oneOf('upcoming', 'due', 'overdue'),
      daysLate: isInt,
      taskTitle: isString,
      planNumber: isString,
      planTitle: isString,
      leadAgencyId: isUuid,
      coordinatingAgencyIds: arrayOf(isUuid),
      copyCoordinators: isBoolean,
      ownerAgencyId: optional(isUuid),
      copyOwner: isBoolean,
    }),
});

/** Who a reminder goes to, as the plans service knew the agency when the scan fired. */
export interface ReminderRecipientV2 {
  agencyId: string;
  name: string;
  emails: string[];
}

/**
 * v2 adds the recipients (name and addresses of the lead, coordinating and owner agencies) as the scan
 * saw them. Agencies travel on `plans.agencies`, deadlines on `plans.deadlines`: two topics, no order
 * between them, so with v1 a deadline for an agency notifications had not seen yet could only be
 * retried and dead-lettered. With the snapshot the reminder needs nothing else to be sent.
 */
export interface DeadlineReachedV2 extends DeadlineReachedV1 {
  lead: ReminderRecipientV2;
  coordinating: ReminderRecipientV2[];
  owner: ReminderRecipientV2 | null;
}

const isRecipient = shapeOf({ agencyId: isUuid, name: isString, emails: arrayOf(isString) });

export const DeadlineReachedWithRecipients = defineEvent<DeadlineReachedV2>({
  type: 'plans.deadline-reached',
  version: 2,
  topic: Topics.planDeadlines,
  summary: 'A task crossed a reminder threshold; v1 plus a snapshot of the recipient agencies (names, emails).',
  keyOf: (p) => p.taskId,
  validate: (p) =>
    checkShape(p, {
      dedupeKey: isString,
      taskId: isUuid,
      planId: isUuid,
      provinceCode: isString,
      dueDate: isDate,
      threshold: isString,
      kind: oneOf('upcoming', 'due', 'overdue'),
      daysLate: isInt,
      taskTitle: isString,
      planNumber: isString,
      planTitle: isString,
      leadAgencyId: isUuid,
      coordinatingAgencyIds: arrayOf(isUuid),
      copyCoordinators: isBoolean,
      ownerAgencyId: optional(isUuid),
      copyOwner: isBoolean,
      lead: isRecipient,
      coordinating: arrayOf(isRecipient),
      owner: optional(isRecipient),
    }),
});
