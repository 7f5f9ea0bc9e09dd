import { deadLetterTopic } from '@papi/contracts';
import { readHeaders } from '../kafka/headers';

export interface DeadLetterSource {
  groupId: string;
  topic: string;
  partition: number;
  offset: string;
  key: Buffer | null;
  value: Buffer | null;
  headers?: Record<string, unknown>;
}

export const DeadLetterHeaders = {
  group: 'dlq-consumer-group',
  topic: 'dlq-original-topic',
  partition: 'dlq-original-partition',
  offset: 'dlq-original-offset',
  error: 'dlq-error',
  attempts: 'dlq-attempts',
  failedAt: 'dlq-failed-at',
} as const;

/** The dead letter keeps the original bytes, so a redrive republishes the same eventId. */
export function toDeadLetter(source: DeadLetterSource, error: unknown, attempts: number) {
  const message = error instanceof Error ? error.message : String(error);
  return {
    topic: deadLetterTopic(source.topic),
    messages: [
      {
        key: source.key,
        value: source.value,
        headers: {
          ...readHeaders(source.headers),
          [DeadLetterHeaders.group]: source.groupId,
          [DeadLetterHeaders.topic]: source.topic,
          [DeadLetterHeaders.partition]: String(source.partition),
          [DeadLetterHeaders.offset]: source.offset,
          [DeadLetterHeaders.error]: message.slice(0, 2000),
          [DeadLetterHeaders.attempts]: String(attempts),
          [DeadLetterHeaders.failedAt]: new Date().toISOString(),
        },
      },
    ],
  };
}
