import { EventEnvelope } from '@papi/contracts';

/** Headers duplicate a few envelope fields so tools can route and trace without parsing the body. */
export function envelopeHeaders(envelope: EventEnvelope): Record<string, string> {
  return {
    'event-id': envelope.eventId,
    'event-type': envelope.type,
    'event-version': String(envelope.version),
    'correlation-id': envelope.correlationId,
  };
}

export function readHeaders(headers: Record<string, unknown> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (value === undefined || value === null) continue;
    out[name] = Buffer.isBuffer(value) ? value.toString('utf8') : String(value);
  }
  return out;
}
