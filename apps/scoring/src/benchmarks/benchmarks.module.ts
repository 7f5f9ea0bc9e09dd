import { Module } from '@nestjs/common';
import { BenchmarksController } from './benchmarks.controller';
import { BenchmarkGapUseCase } from './use-cases/benchmark-gap.use-case';
import { BenchmarkTables } from './use-cases/benchmark-tables';
import { UploadBenchmarkUseCase } from './use-cases/upload-benchmark.use-case';

/** Official PAPI tables per year, their ranking, and the gap of a province to a target rank (contract §7). */
@Module({
  controllers: [BenchmarksController],
  providers: [UploadBenchmarkUseCase, BenchmarkTables, BenchmarkGapUseCase],
})
export class BenchmarksModule {}
