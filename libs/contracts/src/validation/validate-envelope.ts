import { EventEnvelope } from '../envelope';
import { checkShape, isInstant, isInt, isObject, isString, isUuid, optional, Problems } from './checks';

const envelopeShape = {
  eventId: isUuid,
  type: isString,
  version: isInt,
  occurredAt: isInstant,
  producer: isString,
  correlationId: isString,
  causationId: optional(isString),
  key: isString,
  payload: isObject,
};

export function envelopeProblems(value: unknown): Problems {
  return checkShape(value, envelopeShape);
}

export function isEnvelope(value: unknown): value is EventEnvelope {
  return envelopeProblems(value).length === 0;
}
