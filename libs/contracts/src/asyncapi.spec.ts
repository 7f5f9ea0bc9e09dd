import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { buildEnvelope } from './build-envelope';
import { EventCatalog } from './events/catalog';
import { EventDefinition } from './events/event-definition';
import { NotificationFailedV1, ReminderDeliveredV1 } from './events/notifications.events';
import {
  AgencyUpsertedV1,
  DeadlineReachedV1,
  DeadlineReachedV2,
  PlanUpsertedV1,
  TaskUpsertedV1,
} from './events/plans.events';
import { FrameworkPublishedV1, ResponseCountedV1, ResponseRejectedV1 } from './events/surveys.events';
import { ScoreAlertRaisedV1, ScoreAlertResolvedV1, ScoresRecalculatedV1 } from './events/scoring.events';
import { isDate, isInstant, isUuid } from './validation/checks';

/**
 * docs/asyncapi.yaml is what outside consumers read: it must list every topic of deploy/kafka/topics.json
 * and every event of EventCatalog, with payload schemas that agree with the TypeScript contracts.
 * Pure file checks: no broker needed.
 */

type Schema = Record<string, any>;

const ROOT = join(__dirname, '../../..');
const doc = parse(readFileSync(join(ROOT, 'docs/asyncapi.yaml'), 'utf8')) as Schema;
const topicCatalog = JSON.parse(readFileSync(join(ROOT, 'deploy/kafka/topics.json'), 'utf8')) as {
  topics: { name: string; partitions: number; dlq: boolean; producer: string }[];
};

const DEAD_LETTER_HEADERS = [
  'dlq-consumer-group',
  'dlq-original-topic',
  'dlq-original-partition',
  'dlq-original-offset',
  'dlq-error',
  'dlq-attempts',
  'dlq-failed-at',
];
const ENVELOPE_FIELDS = [
  'eventId',
  'type',
  'version',
  'occurredAt',
  'producer',
  'correlationId',
  'causationId',
  'key',
  'payload',
];

const UUID_1 = '0b1e5f1c-4a8e-4f57-9a53-1d1f0f1b2c3d';
const UUID_2 = '1b1e5f1c-4a8e-4f57-9a53-1d1f0f1b2c3d';
const UUID_3 = '2b1e5f1c-4a8e-4f57-9a53-1d1f0f1b2c3d';
const UUID_4 = '3b1e5f1c-4a8e-4f57-9a53-1d1f0f1b2c3d';

/**
 * One valid payload per (type, version), holding exactly the non-optional fields of its TypeScript
 * interface (`satisfies` makes `npm run typecheck` fail when the interface gains or loses a field).
 * A new event in EventCatalog needs a sample here and a message in docs/asyncapi.yaml.
 */
const samples: Record<string, object> = {
  'plans.agency-upserted@1': {
    agencyId: UUID_1,
    provinceCode: '58',
    code: 'STP',
    name: 'Sở Tư pháp',
    kind: 'department',
    emails: ['stp@ninhthuan.example'],
    validFrom: '2020-01-01',
    validTo: null,
  } satisfies AgencyUpsertedV1,
  'plans.plan-upserted@1': {
    planId: UUID_1,
    provinceCode: '58',
    number: '123/KH-UBND',
    title: 'Kế hoạch nâng cao Chỉ số PAPI năm 2021',
    year: 2021,
    status: 'issued',
    parentId: null,
    ownerAgencyId: UUID_2,
    copyCoordinators: true,
    targets: { rank: 20, dimensions: { '3': 6.2 } },
  } satisfies PlanUpsertedV1,
  'plans.task-upserted@1': {
    taskId: UUID_1,
    planId: UUID_2,
    provinceCode: '58',
    dimension: 3,
    title: 'Nâng cao trách nhiệm giải trình',
    leadAgencyId: UUID_3,
    coordinatingAgencyIds: [UUID_4],
    dueDate: '2020-12-31',
    status: 'in_progress',
    progressPercent: 40,
  } satisfies TaskUpsertedV1,
  'plans.deadline-reached@1': {
    dedupeKey: `${UUID_1}:2020-12-31:D+4`,
    taskId: UUID_1,
    planId: UUID_2,
    provinceCode: '58',
    dueDate: '2020-12-31',
    threshold: 'D+4',
    kind: 'overdue',
    daysLate: 4,
    taskTitle: 'Nâng cao trách nhiệm giải trình',
    planNumber: '123/KH-UBND',
    planTitle: 'Kế hoạch nâng cao Chỉ số PAPI năm 2021',
    leadAgencyId: UUID_3,
    coordinatingAgencyIds: [UUID_4],
    copyCoordinators: true,
    ownerAgencyId: null,
    copyOwner: false,
  } satisfies DeadlineReachedV1,
  'plans.deadline-reached@2': {
    dedupeKey: `${UUID_1}:2020-12-31:D+4`,
    taskId: UUID_1,
    planId: UUID_2,
    provinceCode: '58',
    dueDate: '2020-12-31',
    threshold: 'D+4',
    kind: 'overdue',
    daysLate: 4,
    taskTitle: 'Nâng cao trách nhiệm giải trình',
    planNumber: '123/KH-UBND',
    planTitle: 'Kế hoạch nâng cao Chỉ số PAPI năm 2021',
    leadAgencyId: UUID_3,
    coordinatingAgencyIds: [UUID_4],
    copyCoordinators: true,
    ownerAgencyId: null,
    copyOwner: false,
    lead: { agencyId: UUID_3, name: 'Sở Nội vụ', emails: ['sonv@ninhthuan.example'] },
    coordinating: [{ agencyId: UUID_4, name: 'Sở Tư pháp', emails: ['sotp@ninhthuan.example'] }],
    owner: null,
  } satisfies DeadlineReachedV2,
  'surveys.response-counted@1': {
    submissionId: UUID_1,
    waveId: '2020-Q3',
    period: '2020-Q3',
    provinceCode: '58',
    unitCode: '582',
    frameworkVersion: 'papi-2020',
    weightingCell: 'F:35-44',
    weight: 1.12,
    indicators: { 'd1.q101': 0.75, 'd3.q301': 1 },
  } satisfies ResponseCountedV1,
  'surveys.framework-published@1': {
    version: 'papi-2019',
    publishedAt: '2020-06-01T00:00:00.000Z',
    dimensions: [
      {
        number: 1,
        code: 'd1',
        nameVi: 'Tham gia của người dân ở cấp cơ sở',
        nameEn: 'Participation at Local Levels',
        subDimensions: [
          {
            code: '1.1',
            nameVi: 'Tri thức công dân',
            nameEn: 'Civic knowledge',
            indicators: [
              {
                code: 'd1.1.a',
                nameVi: 'Biết nhiệm kỳ',
                nameEn: 'Knows term',
                min: 0,
                max: 1,
                direction: 'higher-better',
              },
            ],
          },
        ],
      },
    ],
  } satisfies FrameworkPublishedV1,
  'surveys.response-rejected@1': {
    submissionId: UUID_1,
    waveId: UUID_2,
    period: '2020-Q3',
    provinceCode: '58',
    unitCode: '582',
    wasCounted: true,
    reason: 'Phỏng vấn quá ngắn',
  } satisfies ResponseRejectedV1,
  'scoring.scores-recalculated@1': {
    unitCode: '582',
    provinceCode: '58',
    period: '2020-Q3',
    methodology: 'papi-2020',
    n: 120,
    aggregate: 42.5,
    dimensions: { '1': 5.1, '2': null },
    submissionIds: [UUID_1],
  } satisfies ScoresRecalculatedV1,
  'scoring.alert-raised@1': {
    alertId: UUID_1,
    unitCode: '58',
    provinceCode: '58',
    period: '2020-Q3',
    dimension: 3,
    rule: 'below-target',
    value: 5.4,
    threshold: 6.2,
    high: 5.9,
    n: 240,
    year: 2020,
    raisedAt: '2020-09-01T03:00:00.000Z',
  } satisfies ScoreAlertRaisedV1,
  'scoring.alert-resolved@1': {
    alertId: UUID_1,
    unitCode: '58',
    provinceCode: '58',
    period: '2020-Q3',
    dimension: 3,
    rule: 'below-target',
    value: 6.4,
    resolvedAt: '2020-09-20T03:00:00.000Z',
  } satisfies ScoreAlertResolvedV1,
  'notifications.reminder-delivered@1': {
    dedupeKey: `${UUID_1}:2020-12-31:D+4`,
    messageId: '<a1b2c3@ninhthuan.example>',
    to: ['stp@ninhthuan.example'],
    cc: [],
    sentAt: '2021-01-04T00:30:00.000Z',
  } satisfies ReminderDeliveredV1,
  'notifications.delivery-failed@1': {
    dedupeKey: `${UUID_1}:2020-12-31:D+4`,
    messageId: '<a1b2c3@ninhthuan.example>',
    to: ['stp@ninhthuan.example'],
    cc: [],
    attempts: 1,
    error: '550 5.1.1 mailbox unavailable',
    failedAt: '2021-01-04T00:30:00.000Z',
  } satisfies NotificationFailedV1,
};

/**
 * Documented fields whose validator does not check them yet (the doc is right, the code is lenient).
 * Each entry is re-checked below, so fixing the validator makes this list fail until it is trimmed.
 */
const KNOWN_UNVALIDATED: Record<string, string[]> = {};

const keyOf = (d: { type: string; version: number }) => `${d.type}@${d.version}`;
const catalog = EventCatalog as readonly EventDefinition<unknown>[];

// ----------------------------------------------------------------------------------------------
// A small reader for the document: local $refs, allOf, and a JSON-schema subset checker.

function deref(node: any): any {
  let current = node;
  for (let hops = 0; current && typeof current === 'object' && typeof current.$ref === 'string'; hops++) {
    if (hops > 20) throw new Error(`$ref loop at ${node.$ref}`);
    const ref: string = current.$ref;
    if (!ref.startsWith('#/')) throw new Error(`only local $refs are expected, got ${ref}`);
    current = ref
      .slice(2)
      .split('/')
      .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce<any>((at, part) => (at === undefined ? undefined : at[part]), doc);
    if (current === undefined) throw new Error(`dangling $ref ${ref}`);
  }
  return current;
}

function allRefs(node: any, path = '#'): { ref: string; at: string }[] {
  if (Array.isArray(node)) return node.flatMap((item, i) => allRefs(item, `${path}/${i}`));
  if (!node || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([k, v]) =>
    k === '$ref' && typeof v === 'string' ? [{ ref: v, at: path }] : allRefs(v, `${path}/${k}`),
  );
}

const typesOf = (schema: Schema): string[] =>
  schema.type === undefined ? [] : Array.isArray(schema.type) ? schema.type : [schema.type];

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (Number.isInteger(value)) return 'integer';
  return typeof value;
}

const FORMATS: Record<string, (v: string) => boolean> = {
  uuid: isUuid,
  date: isDate,
  'date-time': isInstant,
  email: (v) => /^[^@\s]+@[^@\s]+$/.test(v),
};

/** Problems of `value` against a schema (the subset this document uses). */
function schemaProblems(value: unknown, node: any, path = ''): string[] {
  const schema = deref(node) as Schema;
  const where = path || '/';
  const problems: string[] = [];
  for (const part of schema.allOf ?? []) problems.push(...schemaProblems(value, part, path));
  const types = typesOf(schema);
  const actual = jsonType(value);
  if (types.length && !types.includes(actual) && !(actual === 'integer' && types.includes('number'))) {
    return [...problems, `${where}: ${actual} is not ${types.join('|')}`];
  }
  if ('const' in schema && value !== schema.const) problems.push(`${where}: must be ${String(schema.const)}`);
  if (schema.enum && !schema.enum.includes(value)) problems.push(`${where}: not one of ${schema.enum.join(', ')}`);
  if (typeof value === 'string') {
    if (schema.format && FORMATS[schema.format] && !FORMATS[schema.format](value))
      problems.push(`${where}: not a ${schema.format}`);
    if (schema.pattern && !new RegExp(schema.pattern).test(value)) problems.push(`${where}: does not match pattern`);
    if (schema.maxLength !== undefined && value.length > schema.maxLength) problems.push(`${where}: too long`);
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) problems.push(`${where}: below minimum`);
    if (schema.maximum !== undefined && value > schema.maximum) problems.push(`${where}: above maximum`);
  }
  if (Array.isArray(value) && schema.items) {
    value.forEach((item, i) => problems.push(...schemaProblems(item, schema.items, `${path}/${i}`)));
  }
  if (actual === 'object') {
    const record = value as Record<string, unknown>;
    for (const name of schema.required ?? []) if (!(name in record)) problems.push(`${path}/${name}: required`);
    for (const [name, item] of Object.entries(record)) {
      if (schema.properties?.[name]) problems.push(...schemaProblems(item, schema.properties[name], `${path}/${name}`));
      else if (schema.additionalProperties === false) problems.push(`${path}/${name}: not allowed`);
      else if (typeof schema.additionalProperties === 'object')
        problems.push(...schemaProblems(item, schema.additionalProperties, `${path}/${name}`));
    }
  }
  return problems;
}

/** A value of the wrong type (or outside the enum) for a property schema. */
function wrongValueFor(node: any): unknown {
  const schema = deref(node) as Schema;
  const types = typesOf(schema);
  if (schema.enum) return 'not-a-listed-value';
  if (types.includes('string')) return 42;
  if (types.includes('integer')) return 1.5;
  if (types.includes('number')) return 'not-a-number';
  if (types.includes('boolean')) return 'yes';
  if (types.includes('array')) return 'not-an-array';
  if (types.includes('object')) return 'not-an-object';
  throw new Error(`no wrong value for schema ${JSON.stringify(schema)}`);
}

const INVALID_FORMAT: Record<string, string> = { uuid: 'not-a-uuid', date: '31/12/2020', 'date-time': '2020-12-31' };

const channels: Schema[] = Object.entries(doc.channels ?? {}).map(([id, channel]) => ({ ...deref(channel), id }));
const channelAt = (address: string) => channels.find((c) => c.address === address);
const messagesOf = (channel: Schema | undefined): Schema[] => Object.values(channel?.messages ?? {}).map(deref);

/** The payload schema of an event message: the `payload` property of its envelope (allOf parts). */
function eventPayloadSchema(message: Schema): Schema {
  const envelope = deref(message.payload) as Schema;
  const parts = [envelope, ...(envelope.allOf ?? []).map(deref)] as Schema[];
  const withPayload = parts.filter((p) => p.properties?.payload?.$ref || p.properties?.payload?.properties);
  const specific = withPayload.find((p) => p.properties.payload.$ref !== undefined) ?? withPayload[0];
  if (!specific) throw new Error(`message ${message.name} has no payload schema`);
  return deref(specific.properties.payload);
}

/** Merged view of the envelope of an event message (allOf parts). */
function envelopeProperties(message: Schema): Record<string, Schema> {
  const envelope = deref(message.payload) as Schema;
  const parts = [envelope, ...(envelope.allOf ?? []).map(deref)] as Schema[];
  return parts.reduce<Record<string, Schema>>((acc, p) => {
    for (const [name, s] of Object.entries(p.properties ?? {})) acc[name] = { ...acc[name], ...(deref(s) as Schema) };
    return acc;
  }, {});
}

// ----------------------------------------------------------------------------------------------

describe('docs/asyncapi.yaml', () => {
  it('is an AsyncAPI 3.0 document whose $refs all resolve', () => {
    expect(doc.asyncapi).toMatch(/^3\.0\./);
    expect(doc.info?.title).toBeTruthy();
    const dangling = allRefs(doc).filter(({ ref }) => {
      try {
        deref({ $ref: ref });
        return false;
      } catch {
        return true;
      }
    });
    expect(dangling).toEqual([]);
  });

  it('has a sample payload in this spec for every EventCatalog event', () => {
    expect(catalog.map(keyOf).filter((k) => !samples[k])).toEqual([]);
    expect(Object.keys(samples).filter((k) => !catalog.some((d) => keyOf(d) === k))).toEqual([]);
  });

  describe('topics (deploy/kafka/topics.json)', () => {
    it.each(topicCatalog.topics)('$name is a channel with its partition count', (topic) => {
      const channel = channelAt(topic.name);
      expect(channel).toBeDefined();
      expect(channel!.bindings?.kafka?.partitions).toBe(topic.partitions);
    });

    it.each(topicCatalog.topics.filter((t) => t.dlq))('the .dlq twin of $name carries dead letters', (topic) => {
      const channel = channelAt(`${topic.name}.dlq`);
      expect(channel).toBeDefined();
      const messages = messagesOf(channel);
      expect(messages).toHaveLength(1);
      expect(messages[0]['x-event-version']).toBeUndefined();
      const headers = deref(messages[0].headers) as Schema;
      expect([...headers.required].sort()).toEqual([...DEAD_LETTER_HEADERS].sort());
      expect(Object.keys(headers.properties).sort()).toEqual([...DEAD_LETTER_HEADERS].sort());
      expect(`${messages[0].description} ${channel!.description}`).toMatch(/original/i);
    });

    it('has no channel outside the catalogue, and no .dlq twin for a topic without dlq', () => {
      const expected = topicCatalog.topics.flatMap((t) => (t.dlq ? [t.name, `${t.name}.dlq`] : [t.name]));
      expect(channels.map((c) => c.address).sort()).toEqual([...expected].sort());
    });
  });

  describe('messages', () => {
    it('lists no event that EventCatalog does not know, and dead letters only on .dlq channels', () => {
      for (const channel of channels) {
        for (const message of messagesOf(channel)) {
          if (message['x-event-version'] === undefined) {
            expect(`${channel.address}: ${message.name}`).toMatch(/\.dlq: /);
            continue;
          }
          const known = catalog.find((d) => d.type === message.name && d.version === message['x-event-version']);
          expect(known ? `${known.type}@${known.version} on ${known.topic}` : `unknown ${message.name}`).toBe(
            `${message.name}@${message['x-event-version']} on ${channel.address}`,
          );
        }
      }
      const componentEvents = Object.values(doc.components?.messages ?? {})
        .map(deref)
        .filter((m: Schema) => m['x-event-version'] !== undefined)
        .map((m: Schema) => `${m.name}@${m['x-event-version']}`);
      expect(componentEvents.sort()).toEqual(catalog.map(keyOf).sort());
    });

    it('describes the envelope with exactly its nine fields, all required', () => {
      const envelope = deref({ $ref: '#/components/schemas/EventEnvelope' }) as Schema;
      expect(Object.keys(envelope.properties).sort()).toEqual([...ENVELOPE_FIELDS].sort());
      expect([...envelope.required].sort()).toEqual([...ENVELOPE_FIELDS].sort());
    });
  });

  describe.each(catalog.map((definition) => [keyOf(definition), definition] as const))('%s', (key, definition) => {
    const sample = samples[key] as Record<string, unknown>;
    const channel = channelAt(definition.topic);
    const message = messagesOf(channel).find(
      (m) => m.name === definition.type && m['x-event-version'] === definition.version,
    );
    const producer = topicCatalog.topics.find((t) => t.name === definition.topic)?.producer;

    it('is a message with its x-event-version on the channel of its topic', () => {
      expect(channel).toBeDefined();
      expect(message).toBeDefined();
      expect(message!.summary).toBeTruthy();
    });

    it('fixes type, version and producer in its envelope', () => {
      const envelope = envelopeProperties(message!);
      expect(envelope.type.const).toBe(definition.type);
      expect(envelope.version.const).toBe(definition.version);
      expect(envelope.producer.const).toBe(producer);
    });

    it('has a send operation by its producer and a receive operation per consumer on that channel', () => {
      const operations = Object.values(doc.operations ?? {}).map(deref) as Schema[];
      const onChannel = operations.filter((op) => deref(op.channel) === deref(doc.channels[channel!.id]));
      for (const op of onChannel) {
        const opMessages = (op.messages ?? []).map(deref);
        expect(opMessages.every((m: Schema) => messagesOf(channel).includes(m))).toBe(true);
      }
      const sends = onChannel.filter((op) => op.action === 'send');
      expect(sends.some((op) => (op.messages ?? []).map(deref).includes(message))).toBe(true);
      expect(sends.every((op) => op.tags?.some((t: Schema) => t.name === producer))).toBe(true);
    });

    it('has a sample that the contract accepts and that matches the documented payload schema', () => {
      expect(definition.validate(sample)).toEqual([]);
      expect(definition.keyOf(sample)).toEqual(expect.any(String));
      expect(schemaProblems(sample, eventPayloadSchema(message!))).toEqual([]);
    });

    it('documents exactly the fields of the contract, all of them required', () => {
      const schema = eventPayloadSchema(message!);
      expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(sample).sort());
      expect([...schema.required].sort()).toEqual(Object.keys(sample).sort());
    });

    it('wraps the sample in an envelope that matches the documented message', () => {
      const envelope = buildEnvelope(definition, sample, { producer: producer!, correlationId: 'corr-1' });
      expect(Object.keys(envelope).sort()).toEqual([...ENVELOPE_FIELDS].sort());
      expect(schemaProblems(envelope, message!.payload)).toEqual([]);
    });

    it('claims nothing the validator does not enforce (types, enums, formats, nullability)', () => {
      const schema = eventPayloadSchema(message!);
      const gaps = KNOWN_UNVALIDATED[key] ?? [];
      const lenient: string[] = [];
      for (const [field, node] of Object.entries(schema.properties as Record<string, Schema>)) {
        const property = deref(node) as Schema;
        const nullable = typesOf(property).includes('null');
        const rejects = (value: unknown) => definition.validate({ ...sample, [field]: value }).length > 0;
        const checks: [string, boolean][] = [[`${field}: wrong type`, rejects(wrongValueFor(property))]];
        if (property.format && INVALID_FORMAT[property.format])
          checks.push([`${field}: bad ${property.format}`, rejects(INVALID_FORMAT[property.format])]);
        for (const value of property.enum ?? []) checks.push([`${field}: accepts ${value}`, !rejects(value)]);
        const items = property.items && (deref(property.items) as Schema);
        if (items) checks.push([`${field}: wrong item`, rejects([wrongValueFor(items)])]);
        const values = typeof property.additionalProperties === 'object' && deref(property.additionalProperties);
        if (values) checks.push([`${field}: wrong value`, rejects({ x: wrongValueFor(values) })]);
        const withoutField = { ...sample };
        delete withoutField[field];
        const missingAccepted = definition.validate(withoutField).length === 0;
        checks.push([`${field}: absent accepted only when documented as nullable`, !missingAccepted || nullable]);
        if (nullable) checks.push([`${field}: accepts null`, !rejects(null)]);
        const failed = checks.filter(([, ok]) => !ok).map(([what]) => what);
        if (gaps.includes(field)) lenient.push(...failed.map(() => field));
        else expect(failed).toEqual([]);
      }
      // Listed gaps must still be gaps: once the validator checks the field, remove it from KNOWN_UNVALIDATED.
      expect([...new Set(lenient)].sort()).toEqual([...gaps].sort());
    });
  });

  it('documents the consumers: notifications on plans.agencies/plans.deadlines, scoring on surveys.responses', () => {
    const receives = (Object.values(doc.operations ?? {}).map(deref) as Schema[])
      .filter((op) => op.action === 'receive')
      .map((op) => `${op.bindings?.kafka?.groupId?.enum?.[0]} <- ${deref(op.channel).address}`)
      .sort();
    expect(receives).toEqual(
      expect.arrayContaining([
        'notifications <- plans.agencies',
        'notifications <- plans.deadlines',
        'scoring <- surveys.responses',
        'scoring <- surveys.frameworks',
        'scoring <- plans.plans',
        'notifications <- scoring.alerts',
      ]),
    );
    // A consumed topic needs a .dlq twin for its failures.
    for (const line of receives) {
      const topic = line.split(' <- ')[1];
      expect(topicCatalog.topics.find((t) => t.name === topic)?.dlq).toBe(true);
    }
  });
});
