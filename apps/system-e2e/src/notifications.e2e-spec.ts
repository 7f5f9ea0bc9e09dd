import { randomUUID } from 'node:crypto';
import { AddressInfo } from 'node:net';
import { simpleParser, ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { expectEventually, startSystem, SystemUnderTest } from '@papi/testing';
import { ApiClient } from './api-client';
import { ADMIN, isoDatePlusDays, vnDate } from './fixtures';

interface Received {
  to: string[];
  cc: string[];
  subject: string;
  text: string;
  html: string;
  messageId: string | undefined;
  dedupeKey: string;
}

const addressesOf = (field: ParsedMail['to']): string[] =>
  (Array.isArray(field) ? field : field ? [field] : []).flatMap((a) => a.value.map((v) => v.address ?? ''));

/**
 * A real SMTP server that refuses some recipients the way relays do: `refuse-*` with a permanent
 * 550, `greylist-*` with a transient 451 the first time. Everything else is captured.
 */
class ScriptedSmtp {
  readonly messages: Received[] = [];
  private readonly greylisted = new Set<string>();
  private server?: SMTPServer;
  port = 0;

  async start(): Promise<void> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onRcptTo: (address, _session, callback) => {
        const to = address.address;
        if (to.startsWith('refuse-'))
          return callback(Object.assign(new Error('5.1.1 mailbox unavailable'), { responseCode: 550 }));
        if (to.startsWith('greylist-') && !this.greylisted.has(to)) {
          this.greylisted.add(to);
          return callback(Object.assign(new Error('4.7.1 greylisted, try again later'), { responseCode: 451 }));
        }
        callback();
      },
      onData: (stream, _session, callback) => {
        simpleParser(stream).then(
          (mail) => {
            this.messages.push({
              to: addressesOf(mail.to),
              cc: addressesOf(mail.cc),
              subject: mail.subject ?? '',
              text: mail.text ?? '',
              html: typeof mail.html === 'string' ? mail.html : '',
              messageId: mail.messageId,
              dedupeKey: String(mail.headers.get('x-dedupe-key') ?? ''),
            });
            callback();
          },
          (error: Error) => callback(error),
        );
      },
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

describe('notifications: copies, the delivery log and daily digests', () => {
  const smtp = new ScriptedSmtp();
  let system: SystemUnderTest;
  let api: ApiClient;

  beforeAll(async () => {
    await smtp.start();
    system = await startSystem({ smtpPort: smtp.port });
    api = new ApiClient(system.gatewayUrl);
    await api.login(ADMIN.email, ADMIN.password);
  });

  afterAll(async () => {
    await system?.stop();
    await smtp.stop();
  });

  async function createAgency(name: string, prefix = 'agency'): Promise<{ id: string; address: string }> {
    const suffix = randomUUID().slice(0, 6);
    const address = `${prefix}-${suffix}@ninhthuan.example`;
    const res = await api.request('POST', '/api/v1/agencies', {
      code: `A-${suffix}`,
      name,
      kind: 'department',
      emails: [address],
    });
    expect(res.status).toBe(201);
    return { id: res.body.id, address };
  }

  async function createIssuedPlan(): Promise<{ id: string; number: string }> {
    const number = `${randomUUID().slice(0, 6)}/KH-UBND`;
    const res = await api.request('POST', '/api/v1/plans', {
      number,
      title: 'Kế hoạch nâng cao Chỉ số PAPI (thử nghiệm thông báo)',
      issuedOn: isoDatePlusDays(-10),
      year: Number(isoDatePlusDays(0).slice(0, 4)),
      status: 'issued',
    });
    expect(res.status).toBe(201);
    return { id: res.body.id, number };
  }

  async function createTask(planId: string, leadAgencyId: string, title: string, coordinatingAgencyIds: string[] = []) {
    const res = await api.request('POST', '/api/v1/tasks', {
      planId,
      dimension: 2,
      title,
      leadAgencyId,
      coordinatingAgencyIds,
      dueDate: isoDatePlusDays(2),
    });
    expect(res.status).toBe(201);
    return res.body.id as string;
  }

  const mailsTo = (address: string): Received[] => smtp.messages.filter((m) => m.to.includes(address));

  it('copies the coordinating agencies, names them in the email and logs the delivery', async () => {
    const lead = await createAgency('Sở Thông tin và Truyền thông');
    const partner = await createAgency('Thanh tra tỉnh');
    const plan = await createIssuedPlan();
    const taskId = await createTask(plan.id, lead.id, 'Công khai thông tin "minh bạch" <ngân sách>', [partner.id]);

    expect((await api.request('POST', '/api/v1/reminders/run')).status).toBe(200);
    const mail = await expectEventually(
      () => {
        const found = mailsTo(lead.address);
        expect(found).toHaveLength(1);
        return found[0];
      },
      { timeoutMs: 30_000 },
    );
    expect(mail.cc).toEqual([partner.address]);
    expect(mail.subject).toContain(plan.number);
    expect(mail.text).toContain('Cơ quan chủ trì: Sở Thông tin và Truyền thông');
    expect(mail.text).toContain('Cơ quan phối hợp: Thanh tra tỉnh');
    expect(mail.text).toContain(`Thời hạn: ${vnDate(isoDatePlusDays(2))} (còn 2 ngày)`);
    expect(mail.html).toContain('Công khai thông tin &quot;minh bạch&quot; &lt;ngân sách&gt;');
    expect(mail.dedupeKey).toMatch(new RegExp(`^${taskId}:`));

    const log = await expectEventually(async () => {
      const res = await api.request('GET', `/api/v1/deliveries?taskId=${taskId}`);
      expect(res.body.items[0]?.status).toBe('sent');
      return res;
    });
    expect(log.status).toBe(200);
    expect(log.body).toMatchObject({ total: 1, limit: 50, offset: 0 });
    expect(log.body.items[0]).toMatchObject({
      taskId,
      agencyIds: [lead.id, partner.id],
      to: [lead.address],
      cc: [partner.address],
      attempts: 1,
      messageId: mail.messageId,
    });
    const byPartner = await api.request('GET', `/api/v1/deliveries?agencyId=${partner.id}&status=sent`);
    expect(byPartner.body.total).toBe(1);
    expect((await api.request('GET', '/api/v1/deliveries?status=lost')).status).toBe(400);
  });

  it('sends a digest agency one email listing its due tasks instead of one email each', async () => {
    const agency = await createAgency('UBND huyện Thuận Bắc');
    const missing = await api.request('PUT', `/api/v1/notification-preferences/${randomUUID()}`, { digest: true });
    expect(missing.status).toBe(404);
    // The agency reaches notifications through plans.agencies: eventually known.
    const set = await expectEventually(async () => {
      const res = await api.request('PUT', `/api/v1/notification-preferences/${agency.id}`, { digest: true });
      expect(res.status).toBe(200);
      return res;
    });
    expect(set.body).toEqual({ agencyId: agency.id, digest: true });
    const plan = await createIssuedPlan();
    const titles = ['Tổ chức đối thoại với người dân', 'Rà soát thủ tục hành chính', 'Công khai quy hoạch đất đai'];
    for (const title of titles) await createTask(plan.id, agency.id, title);

    expect((await api.request('POST', '/api/v1/reminders/run')).status).toBe(200);
    const digest = await expectEventually(
      () => {
        const found = mailsTo(agency.address);
        expect(found).toHaveLength(1);
        return found[0];
      },
      { timeoutMs: 30_000 },
    );
    expect(digest.subject).toContain('Tổng hợp nhắc hạn nhiệm vụ');
    for (const title of titles) expect(digest.text).toContain(title);
    expect(digest.text).toContain('3 nhiệm vụ đến hạn hoặc quá hạn');
    expect(digest.dedupeKey).toBe(`digest:${agency.id}:${isoDatePlusDays(0)}`);
  });

  it('retries a transient SMTP refusal with backoff and records a permanent one as failed', async () => {
    const greylisted = await createAgency('Sở Tư pháp', 'greylist');
    const refused = await createAgency('Sở Y tế', 'refuse');
    const plan = await createIssuedPlan();
    const retriedTask = await createTask(plan.id, greylisted.id, 'Hỗ trợ pháp lý cho người dân');
    const failedTask = await createTask(plan.id, refused.id, 'Nâng cao chất lượng khám chữa bệnh');

    expect((await api.request('POST', '/api/v1/reminders/run')).status).toBe(200);
    const failed = await expectEventually(
      async () => {
        const res = await api.request('GET', `/api/v1/deliveries?taskId=${failedTask}`);
        expect(res.body.items[0]?.status).toBe('failed');
        return res.body.items[0];
      },
      { timeoutMs: 30_000 },
    );
    expect(failed).toMatchObject({ attempts: 1, failedAt: expect.any(String), sentAt: null });
    expect(failed.lastResponse).toContain('550');

    // The first attempt got a 451: queued again for a later attempt, then sent by the retry worker.
    const retried = await expectEventually(
      async () => {
        const res = await api.request('GET', `/api/v1/deliveries?taskId=${retriedTask}`);
        expect(res.body.items[0]?.status).toBe('sent');
        return res.body.items[0];
      },
      { timeoutMs: 30_000, intervalMs: 250 },
    );
    expect(retried.attempts).toBe(2);
    expect(mailsTo(greylisted.address)).toHaveLength(1);
    expect(mailsTo(refused.address)).toHaveLength(0);
  });
});
