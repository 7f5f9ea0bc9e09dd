// A real SMTP server that keeps, per message, only what the checks need: its X-Dedupe-Key and Message-ID.
import { SMTPServer } from 'smtp-server';

/** Header fields of a raw message (unfolded), lower-cased names. */
function headersOf(raw) {
  const end = raw.search(/\r?\n\r?\n/);
  const head = (end < 0 ? raw : raw.slice(0, end)).replace(/\r?\n[ \t]+/g, ' ');
  const fields = new Map();
  for (const line of head.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) fields.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return fields;
}

export async function startSmtpTally() {
  const mails = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      const chunks = [];
      stream.on('data', (c) => chunks.push(c));
      stream.on('end', () => {
        const fields = headersOf(Buffer.concat(chunks).toString('utf8'));
        mails.push({ dedupeKey: fields.get('x-dedupe-key') ?? '', messageId: fields.get('message-id') ?? '' });
        callback();
      });
    },
  });
  // A client killed mid-conversation (notifications under SIGKILL) resets its socket: not our failure.
  server.on('error', () => undefined);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: server.server.address().port,
    mails,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** Reminders reached per task, duplicates, and duplicates whose Message-ID differs from their original's. */
export function tallyReminders(mails, taskIds) {
  const byKey = new Map();
  for (const m of mails) byKey.set(m.dedupeKey, [...(byKey.get(m.dedupeKey) ?? []), m.messageId]);
  const reached = new Set([...byKey.keys()].map((k) => k.split(':')[0]));
  return {
    emails: mails.length,
    lost: taskIds.filter((id) => !reached.has(id)).length,
    duplicates: mails.length - byKey.size,
    idMismatches: [...byKey.values()].filter((ids) => new Set(ids).size > 1).length,
  };
}
