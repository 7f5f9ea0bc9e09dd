import { Controller, Get, Inject, Query } from '@nestjs/common';
import { Caller, CurrentCaller, SERVICE_CONFIG } from '@papi/platform-http';
import type { NotificationsConfig } from '../config/notifications.config';
import { ListDeliveriesQueryDto } from './dtos/list-deliveries-query.dto';
import { DeliveryLogItem, ListDeliveriesUseCase, Page } from './list-deliveries.use-case';

@Controller('api/v1/deliveries')
export class DeliveriesController {
  constructor(
    private readonly listDeliveries: ListDeliveriesUseCase,
    @Inject(SERVICE_CONFIG) private readonly config: NotificationsConfig,
  ) {}

  /** The notification log, scoped to the caller's province (the gateway vouches for it). */
  @Get()
  list(@CurrentCaller() caller: Caller, @Query() query: ListDeliveriesQueryDto): Promise<Page<DeliveryLogItem>> {
    return this.listDeliveries.execute(caller.provinceCode || this.config.DEFAULT_PROVINCE_CODE, query);
  }
}
