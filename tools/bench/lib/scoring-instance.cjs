// A dedicated scoring instance for the stored-volume figures: the built scoring service, unchanged, with
// its own database (SCORING_DB_NAME), its own consumer group and one private input topic
// (BENCH_RESPONSES_TOPIC), so the stack's scoring neither sees the bench's sheets nor shares partitions
// with it. Run with `node -r tools/runtime/register-paths.cjs`; prints `ready <url>` once listening.
const { join } = require('node:path');

const dist = process.env.PAPI_DIST_DIR ?? join(__dirname, '../../../dist');
const { startService } = require('@papi/platform-http');
const { scoringService } = require(join(dist, 'apps/scoring/src/service.js'));

const name = process.env.BENCH_INSTANCE_NAME;
const topic = process.env.BENCH_RESPONSES_TOPIC;
if (!name || !topic) {
  console.error('BENCH_INSTANCE_NAME and BENCH_RESPONSES_TOPIC are required');
  process.exit(2);
}

// Every event type scoring handles, from the one private topic (the start-up check wants each handled).
const types = scoringService.subscriptions.flatMap((s) => s.types);
startService({ ...scoringService, name, subscriptions: [{ topic, types }] }).then(
  (service) => {
    console.log(`ready ${service.url}`);
    const stop = () =>
      service.close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  },
  (error) => {
    console.error(`scoring instance failed: ${error.stack ?? error}`);
    process.exit(1);
  },
);
