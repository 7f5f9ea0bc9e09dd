// The benchmark's SMTP server: accepts every message and records its Message-ID and X-Dedupe-Key
// (headers only: the body is drained, not parsed), so the reminder burst counts what reached the server
// and how many arrived more than once.
import { SMTPServer } from 'smtp-server';

export async function startSmtpCapture({ port }) {
  const received = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    maxClients: 64,
    onData(stream, _session, callback) {
      let head = '';
      let done = false;
      stream.on('data', (chunk) => {
        if (done) return;
        head += chunk.toString('utf8');
        const end = head.indexOf('\r\n\r\n');
        if (end >= 0) {
          head = head.slice(0, end);
          done = true;
        }
      });
      stream.on('end', () => {
        const unfolded = head.replace(/\r\n[ \t]+/g, ' ');
        const header = (name) => new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(unfolded)?.[1]?.trim();
        received.push({ at: performance.now(), messageId: header('Message-ID'), dedupeKey: header('X-Dedupe-Key') });
        callback();
      });
    },
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  // A client that dies mid-message resets its socket: smtp-server emits 'error', which must not end the bench.
  server.on('error', () => undefined);
  return { received, close: () => new Promise((resolve) => server.close(resolve)) };
}
