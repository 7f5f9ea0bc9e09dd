import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import { SERVICE_CONFIG } from '@papi/platform-http';
import type { NotificationsConfig } from '../config/notifications.config';

export interface OutgoingMail {
  messageId: string;
  to: string[];
  cc: string[];
  subject: string;
  text: string;
  html: string;
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

  async send(mail: OutgoingMail): Promise<void> {
    await this.transport.sendMail({ from: this.config.SMTP_FROM, ...mail });
  }

  onModuleDestroy(): void {
    this.transport.close();
  }
}
