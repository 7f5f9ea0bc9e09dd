import { Controller, Get, Query } from '@nestjs/common';
import { Between, DataSource } from 'typeorm';
import { ListHolidaysQueryDto } from './dtos/list-holidays-query.dto';
import { HolidayEntity } from './holiday.entity';

/** The holiday calendar the reminders use (weekends are implicit), so offices can check it. */
@Controller('api/v1/holidays')
export class HolidaysController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  async list(@Query() query: ListHolidaysQueryDto) {
    const where = query.year ? { date: Between(`${query.year}-01-01`, `${query.year}-12-31`) } : {};
    const items = await this.dataSource.getRepository(HolidayEntity).find({ where, order: { date: 'ASC' }, take: 500 });
    return { items, total: items.length, limit: 500, offset: 0 };
  }
}
