import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DeliveryEntity, DeliveryStatus } from './delivery.entity';
import { ListDeliveriesQueryDto } from './dtos/list-deliveries-query.dto';

/** One line of the notification log: what was sent to whom and how it went (bodies left out). */
export interface DeliveryLogItem {
  id: string;
  dedupeKey: string;
  messageId: string;
  taskId: string | null;
  agencyIds: string[];
  status: DeliveryStatus;
  to: string[];
  cc: string[];
  subject: string;
  attempts: number;
  lastResponse: string | null;
  createdAt: string;
  lastAttemptAt: string | null;
  nextAttemptAt: string | null;
  sentAt: string | null;
  failedAt: string | null;
}

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

function toItem(d: DeliveryEntity): DeliveryLogItem {
  return {
    id: d.id,
    dedupeKey: d.dedupeKey,
    messageId: d.messageId,
    taskId: d.taskId,
    agencyIds: d.agencyIds,
    status: d.status,
    to: d.to,
    cc: d.cc,
    subject: d.subject,
    attempts: d.attempts,
    lastResponse: d.lastResponse,
    createdAt: d.createdAt.toISOString(),
    lastAttemptAt: iso(d.lastAttemptAt),
    nextAttemptAt: d.status === 'queued' ? iso(d.nextAttemptAt) : null,
    sentAt: iso(d.sentAt),
    failedAt: iso(d.failedAt),
  };
}

@Injectable()
export class ListDeliveriesUseCase {
  constructor(private readonly dataSource: DataSource) {}

  async execute(provinceCode: string, query: ListDeliveriesQueryDto): Promise<Page<DeliveryLogItem>> {
    const qb = this.dataSource
      .getRepository(DeliveryEntity)
      .createQueryBuilder('d')
      .where('d.provinceCode = :provinceCode', { provinceCode });
    if (query.taskId) qb.andWhere('d.taskId = :taskId', { taskId: query.taskId });
    if (query.agencyId) qb.andWhere(':agencyId = ANY(d.agencyIds)', { agencyId: query.agencyId });
    if (query.status) qb.andWhere('d.status = :status', { status: query.status });
    const [rows, total] = await qb
      .orderBy('d.createdAt', 'DESC')
      .addOrderBy('d.id', 'ASC')
      .take(query.limit)
      .skip(query.offset)
      .getManyAndCount();
    return { items: rows.map(toItem), total, limit: query.limit, offset: query.offset };
  }
}
