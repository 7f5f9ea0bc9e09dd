// `npm start`: the whole system on this machine — Kafka (dev profile), databases and migrations (each
// app creates and migrates its own on boot), seed data, a mail catcher, the five apps — then prints the
// URLs once the gateway's /health is 200. Ctrl-C / SIGTERM stops everything it started.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureKafka, ensureTopics, stopKafka } from '../kafka/kafka.mjs';
import { startMailCatcher } from '../mail/mail-catcher.mjs';
import { startApps, waitHealthy } from '../stack/apps.mjs';
import { build } from './build.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const defaults = Object.fromEntries(
  readFileSync(join(root, '.env.example'), 'utf8')
    .split(/\r?\n/)
    .filter((l) => l && !l.startsWith('#') && l.includes('='))
    .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
);
const setting = (name) => process.env[name] ?? defaults[name];
const started = Date.now();
const cleanups = [];
let stopping = false;

async function stopAll(code) {
  if (stopping) return;
  stopping = true;
  console.error('\nĐang dừng hệ thống…');
  for (const cleanup of cleanups.reverse()) await cleanup().catch((e) => console.error(e.message));
  process.exit(code);
}
process.on('SIGINT', () => void stopAll(0));
process.on('SIGTERM', () => void stopAll(0));

try {
  console.error('build: compiling apps…');
  build();
  const kafka = await ensureKafka({ profile: 'dev' });
  if (!kafka.reused) cleanups.push(() => stopKafka({ profile: 'dev' }));
  await ensureTopics({ brokers: kafka.brokers });
  const env = { ...process.env, KAFKA_BROKERS: process.env.KAFKA_BROKERS ?? kafka.brokers };
  let inbox = null;
  // A catcher unless an outside SMTP host is configured (SMTP_PORT alone just moves the catcher).
  if (!process.env.SMTP_HOST) {
    const catcher = await startMailCatcher({
      smtpPort: Number(setting('SMTP_PORT')),
      httpPort: Number(setting('MAIL_INBOX_PORT')),
      dir: join(root, '.mail'),
    });
    cleanups.push(() => catcher.close());
    inbox = catcher.url;
  }
  const apps = startApps({ root, env, logDir: join(root, 'logs') });
  cleanups.push(() => apps.stop());
  const gateway = `http://127.0.0.1:${setting('GATEWAY_PORT')}`;
  await waitHealthy(gateway, { children: apps.children });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`\nHệ thống đã sẵn sàng sau ${seconds} s (system healthy)`);
  console.log(`  Cổng API (gateway):   ${gateway}/api/v1`);
  console.log(`  OpenAPI:              ${gateway}/docs  (JSON: ${gateway}/docs-json)`);
  console.log(`  Ứng dụng web:         ${setting('PUBLIC_APP_URL')}`);
  if (inbox) console.log(`  Hộp thư thử nghiệm:   ${inbox}`);
  console.log(`  Đăng nhập:            ${setting('ADMIN_EMAIL')} / ${setting('ADMIN_PASSWORD')}`);
  console.log('Nhấn Ctrl-C để dừng.');
} catch (error) {
  console.error(`npm start failed: ${error.message}`);
  await stopAll(1);
}
