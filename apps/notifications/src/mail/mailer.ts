import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import { SERVICE_CONFIG } from '@papi/platform-http';
import type { NotificationsConfig } from '../config/notifications.config';
import { headerSafe, isValidAddress } from './header-safety';

export interface OutgoingMail {
  dedupeKey: string;
  messageId: string;
  to: string[];
  cc: string[];
  subject: string;
  text: string;
  html: string;
}

/** Refused before any network call: retrying would not help. Classified as permanent (EENVELOPE). */
export class InvalidRecipientException extends Error {
  readonly code = 'EENVELOPE';
}

@Injectable()
export class Mailer implements OnModuleDestroy {
  private readonly transport: Transporter;

  constructor(@Inject(SERVICE_CONFIG) private readonly config: NotificationsConfig) {
    this.transport = createTransport({
      host: config.SMTP_HOST,
      port: config.SMTP_PORT,
      secure: false,
      ignoreTLS: config.SMTP_HOST === '127.0.0.1' || config.SMTP_HOST === 'localhost',
      pool: true,
      maxConnections: 4,
      connectionTimeout: 5000,
      socketTimeout: 10000,
    });
  }

  /** Resolves with the server's reply (e.g. "250 Accepted"); rejects with nodemailer's error. */
  async send(mail: OutgoingMail): Promise<string> {
    const to = mail.to.filter(isValidAddress);
    const cc = mail.cc.filter(isValidAddress).filter((a) => !to.includes(a));
    if (to.length === 0) throw new InvalidRecipientException(`no valid recipient in ${JSON.stringify(mail.to)}`);
    const info = (await this.transport.sendMail({
      from: headerSafe(this.config.SMTP_FROM),
      to,
      cc,
      subject: headerSafe(mail.subject),
      text: mail.text,
      html: mail.html,
      messageId: mail.messageId,
      // Lets a mail log (and the kill test) map a message back to its reminder without parsing bodies.
      headers: { 'X-Dedupe-Key': headerSafe(mail.dedupeKey) },
    })) as { response?: string };
    return info.response ?? '250';
  }

  onModuleDestroy(): void {
    this.transport.close();
  }
}
