import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { BenchmarkTable } from '@papi/papi';
import { Problems } from '@papi/platform-http';
import { BenchmarkRowEntity } from '../benchmark-row.entity';
import { BenchmarkTableEntity } from '../benchmark-table.entity';
import { toBenchmarkTable } from '../benchmark-table.mapper';

/** Reads a stored year's table back as the library's exact-unit table; a year never uploaded is a 404. */
@Injectable()
export class BenchmarkTables {
  constructor(private readonly dataSource: DataSource) {}

  async load(year: number): Promise<BenchmarkTable> {
    const header = await this.dataSource.getRepository(BenchmarkTableEntity).findOneBy({ year });
    if (header === null) throw Problems.notFound(`Chưa có bảng điểm PAPI năm ${year}.`);
    const rows = await this.dataSource.getRepository(BenchmarkRowEntity).findBy({ year });
    return toBenchmarkTable(header, rows);
  }
}
