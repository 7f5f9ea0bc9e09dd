#!/usr/bin/env node
// Usage (after `npm run build`):
//   node tools/db/migrations.cjs generate <service> <Name>   write a migration for pending entity changes
//   node tools/db/migrations.cjs check [service…]             exit 1 if any service has pending changes
// Runs against a scratch database `<db>_migcheck` that it creates, migrates and drops.
require('./../runtime/register-paths.cjs');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '../..');
const SERVICES = ['gateway', 'plans', 'surveys', 'scoring', 'notifications'];

async function withScratchDb(service, work) {
  const { loadConfig } = require('@papi/platform-config');
  const persistence = require('@papi/platform-persistence');
  const { OutboxEventEntity, ProcessedEventEntity } = require('@papi/platform-messaging');
  const def = require(path.join(root, `dist/apps/${service}/src/service.js`))[`${service}Service`];
  const config = loadConfig(def.configSchema);
  const database = `${def.databaseName(config)}_migcheck`;
  const { Client } = require('pg');
  const admin = new Client({
    host: config.PGHOST,
    port: config.PGPORT,
    user: config.PGUSER,
    password: config.PGPASSWORD || undefined,
    database: 'postgres',
  });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${database}"`);
  const ds = persistence.createServiceDataSource({
    settings: config,
    database,
    entities: [...def.entities, ...(def.withoutMessaging ? [] : [OutboxEventEntity, ProcessedEventEntity])],
    migrations: def.migrations,
  });
  try {
    await ds.initialize();
    await ds.runMigrations();
    return await work(ds, persistence);
  } finally {
    await ds.destroy().catch(() => undefined);
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.end();
  }
}

async function main() {
  const [command, ...args] = process.argv.slice(2);
  if (command === 'generate') {
    const [service, name] = args;
    const source = await withScratchDb(service, (ds, p) => p.renderMigration(ds, name));
    if (!/queryRunner\.query/.test(source)) return console.log(`${service}: no changes`);
    const ts = Date.now();
    const file = path.join(root, `apps/${service}/src/database/migrations/${ts}-${name}.ts`);
    fs.writeFileSync(file, source.replace(new RegExp(`${name}\\d+`, 'g'), `${name}${ts}`));
    console.log(`wrote ${path.relative(root, file)}`);
    return;
  }
  if (command === 'check') {
    let failed = false;
    for (const service of args.length ? args : SERVICES) {
      const pending = await withScratchDb(service, (ds, p) => p.pendingSchemaChanges(ds));
      console.log(`${service}: ${pending.length === 0 ? 'entities and migrations agree' : 'PENDING CHANGES'}`);
      pending.forEach((q) => console.log(`  ${q}`));
      failed ||= pending.length > 0;
    }
    process.exit(failed ? 1 : 0);
  }
  console.error('usage: migrations.cjs generate <service> <Name> | check [service…]');
  process.exit(2);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
