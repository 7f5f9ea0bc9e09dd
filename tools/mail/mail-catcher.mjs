// Local mail catcher for `npm start`: a real SMTP server that keeps every message in .mail/ and a
// small web inbox to read them (Vietnamese reminders included). Not used when SMTP_HOST/SMTP_PORT are set.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

const esc = (s) =>
  String(s ?? '').replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

export async function startMailCatcher({ smtpPort, httpPort, dir }) {
  mkdirSync(dir, { recursive: true });
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then((mail) => {
        const record = {
          receivedAt: new Date().toISOString(),
          messageId: mail.messageId,
          from: mail.from?.text,
          to: mail.to?.text,
          cc: mail.cc?.text,
          subject: mail.subject,
          text: mail.text,
          html: mail.html || '',
        };
        writeFileSync(
          join(dir, `${Date.now()}-${Math.random().toString(36).slice(2, 8)}.json`),
          JSON.stringify(record),
        );
        callback();
      }, callback);
    },
  });
  await new Promise((resolve, reject) => {
    smtp.on('error', reject);
    smtp.listen(smtpPort, '127.0.0.1', resolve);
  });
  const list = () =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .reverse()
      .map((f) => ({ id: f.replace(/\.json$/, ''), ...JSON.parse(readFileSync(join(dir, f), 'utf8')) }));
  const http = createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    if (url.pathname === '/api/messages') {
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
      return res.end(JSON.stringify(list()));
    }
    const id = url.pathname.startsWith('/m/') ? url.pathname.slice(3) : null;
    const mail = id ? list().find((m) => m.id === id) : null;
    const body = mail
      ? `<p><a href="/">← Hộp thư</a></p><h2>${esc(mail.subject)}</h2><p>Từ: ${esc(mail.from)}<br>Đến: ${esc(mail.to)}<br>CC: ${esc(mail.cc)}<br>Message-ID: ${esc(mail.messageId)}</p><hr>${mail.html || `<pre>${esc(mail.text)}</pre>`}`
      : `<h1>Hộp thư thử nghiệm</h1><table border="1" cellpadding="4"><tr><th>Nhận lúc</th><th>Đến</th><th>Tiêu đề</th></tr>${list()
          .map(
            (m) =>
              `<tr><td>${esc(m.receivedAt)}</td><td>${esc(m.to)}</td><td><a href="/m/${esc(m.id)}">${esc(m.subject)}</a></td></tr>`,
          )
          .join('')}</table>`;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(
      `<!doctype html><html lang="vi"><meta charset="utf-8"><title>Hộp thư</title><body style="font-family:sans-serif">${body}</body></html>`,
    );
  });
  await new Promise((resolve, reject) => {
    http.on('error', reject);
    http.listen(httpPort, '127.0.0.1', resolve);
  });
  return {
    url: `http://127.0.0.1:${httpPort}`,
    close: () => Promise.all([new Promise((r) => smtp.close(r)), new Promise((r) => http.close(r))]),
  };
}
