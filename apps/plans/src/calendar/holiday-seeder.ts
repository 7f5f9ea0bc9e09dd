import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { HolidayEntity } from './holiday.entity';
import { VN_HOLIDAYS } from './vn-holidays.data';

/** Seeds the holiday table at boot; rows already there (possibly corrected by hand) are left alone. */
@Injectable()
export class HolidaySeeder implements OnApplicationBootstrap {
  constructor(private readonly dataSource: DataSource) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.dataSource.createQueryBuilder().insert().into(HolidayEntity).values(VN_HOLIDAYS).orIgnore().execute();
  }
}
