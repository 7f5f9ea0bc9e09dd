import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { HolidayEntity } from './holiday.entity';
import { WorkingCalendar } from './working-calendar';

/** Reads the holiday table on each use: a scan is rare, and edits to the table take effect at once. */
@Injectable()
export class WorkingCalendarProvider {
  constructor(private readonly dataSource: DataSource) {}

  async load(): Promise<WorkingCalendar> {
    const rows = await this.dataSource.getRepository(HolidayEntity).find({ select: { date: true } });
    return new WorkingCalendar(rows.map((r) => r.date));
  }
}
