import { Controller, Get, Inject, Query } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Caller, CurrentCaller, SERVICE_CONFIG } from '@papi/platform-http';
import { definedFields } from '../common/defined-fields';
import { Page } from '../common/list.dto';
import { provinceOf } from '../common/province-scope';
import type { PlansConfig } from '../config/plans.config';
import { AuditEntryEntity } from './audit-entry.entity';
import { AuditLogQueryDto } from './dtos/audit-log-query.dto';

@Controller('api/v1/audit-log')
export class AuditLogController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(SERVICE_CONFIG) private readonly config: PlansConfig,
  ) {}

  @Get()
  async list(@CurrentCaller() caller: Caller, @Query() query: AuditLogQueryDto): Promise<Page<AuditEntryEntity>> {
    const provinceCode = provinceOf(caller, this.config.DEFAULT_PROVINCE_CODE);
    const [items, total] = await this.dataSource.getRepository(AuditEntryEntity).findAndCount({
      // TypeORM 1.x refuses undefined in a where: only the filters that were given.
      where: { provinceCode, ...definedFields({ entityType: query.entityType, entityId: query.entityId }) },
      order: { at: 'DESC', id: 'ASC' },
      take: query.limit,
      skip: query.offset,
    });
    return { items, total, limit: query.limit, offset: query.offset };
  }
}
