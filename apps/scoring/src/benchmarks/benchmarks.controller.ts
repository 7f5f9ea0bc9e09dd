import { Controller, Get, Param, Put, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { rankTable } from '@papi/papi';
import { Caller, CurrentCaller, Problems } from '@papi/platform-http';
import { parseBenchmarkYear, unuploadableYearReason } from './benchmark-year';
import { parseGapQuery } from './gap-query';
import { assertCsvContentType, readCsvBody } from './http/csv-body';
import { BenchmarkGapUseCase } from './use-cases/benchmark-gap.use-case';
import { BenchmarkTables } from './use-cases/benchmark-tables';
import { UploadBenchmarkUseCase } from './use-cases/upload-benchmark.use-case';

function yearOf(text: string): number {
  const year = parseBenchmarkYear(text);
  if (year !== undefined) return year;
  throw Problems.badRequest('Năm phải là số có 4 chữ số.', [
    { pointer: '/year', detail: `"${text}" không phải là năm (yyyy).` },
  ]);
}

/** Roles that may replace an official table; `system` is an internal caller vouched for by the secret. */
const UPLOADERS = new Set(['system_admin', 'admin', 'system']);

/**
 * Benchmarks are national tables (one per PAPI edition), not province records: every authenticated
 * caller reads the same table whatever its province, and only administrators replace one.
 */
@Controller('api/v1/benchmarks')
export class BenchmarksController {
  constructor(
    private readonly upload: UploadBenchmarkUseCase,
    private readonly tables: BenchmarkTables,
    private readonly gap: BenchmarkGapUseCase,
  ) {}

  @Put(':year')
  async put(
    @CurrentCaller() caller: Caller,
    @Param('year') yearText: string,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    if (!UPLOADERS.has(caller.role)) throw Problems.forbidden();
    assertCsvContentType(req);
    const year = yearOf(yearText);
    const reason = unuploadableYearReason(year, new Date());
    if (reason !== undefined) throw Problems.unprocessable(reason, [{ pointer: '/year', detail: reason }]);
    const { created, summary } = await this.upload.execute(year, await readCsvBody(req), caller.userId);
    res.status(created ? 201 : 200);
    if (created) res.location(`/api/v1/benchmarks/${year}`);
    return summary;
  }

  @Get(':year/ranking')
  async ranking(@Param('year') yearText: string) {
    const table = await this.tables.load(yearOf(yearText));
    return rankTable(table).map(({ province, total, rank, group }) => ({ province, total, rank, group }));
  }

  @Get(':year/gap')
  gapOf(@Param('year') yearText: string, @Query() raw: Record<string, unknown>) {
    const year = yearOf(yearText);
    const query = parseGapQuery(raw);
    if (!query.ok) throw Problems.badRequest('Tham số truy vấn không hợp lệ.', query.errors);
    return this.gap.execute(year, query.query);
  }
}
