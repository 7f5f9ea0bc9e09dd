// `npm run redrive -- <topic>.dlq [--group <consumer group>]`: re-publishes dead letters to their
// original topic with their original bytes (same eventId), after the cause has been fixed.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from '../dev/build.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const dlqTopic = args.find((a) => a.endsWith('.dlq'));
const groupAt = args.indexOf('--group');
if (!dlqTopic) {
  console.error('usage: npm run redrive -- <topic>.dlq [--group <consumer group>]');
  process.exit(2);
}
build();
require(join(root, 'tools/runtime/register-paths.cjs'));
const { loadConfig, commonConfigSchema } = require('@papi/platform-config');
const { createKafka, redriveDeadLetters } = require('@papi/platform-messaging');
const { createLogger } = require('@papi/platform-observability');
const config = loadConfig(commonConfigSchema);
const kafka = createKafka('redrive', config.KAFKA_BROKERS, createLogger('redrive', 'warn'));
const count = await redriveDeadLetters({ kafka, dlqTopic, groupId: groupAt >= 0 ? args[groupAt + 1] : undefined });
console.log(`redrive: ${count} dead letter(s) of ${dlqTopic} re-published`);
