import type { DataSource } from 'typeorm';
import { Inbox, OutboxWriter, UnitOfWork } from '@papi/platform-messaging';
import type { ensureDatabase } from '@papi/platform-persistence';
import { freshServiceDatabase } from '@papi/testing';
import { AggregateStore } from '../../src/aggregates/aggregate-store';
import { scoringEntities } from '../../src/database/entities';
import { scoringMigrations } from '../../src/database/migrations';
import { FrameworkCatalog } from '../../src/frameworks/framework-catalog';
import { DirtyUnits } from '../../src/recalculation/dirty-units';
import { PopulationFrames } from '../../src/recalculation/population-frame';
import { RecalculateDirtyUseCase } from '../../src/recalculation/recalculate-dirty.use-case';
import { UnitRecalculator } from '../../src/recalculation/unit-recalculator';

type DatabaseSettings = Parameters<typeof ensureDatabase>[0];

/** The database a spec owns: `<SCORING_DB_NAME>_<suffix>`, so specs never share one. */
export const specDatabase = (suffix: string) => `${process.env.SCORING_DB_NAME ?? 'papi_scoring_test'}_${suffix}`;

/** That database emptied and migrated, with the outbox and inbox tables, connected. */
export async function freshScoringDatabase(settings: DatabaseSettings, suffix: string): Promise<DataSource> {
  return freshServiceDatabase(specDatabase(suffix), scoringEntities, scoringMigrations, settings);
}

/** Counting's and recalculation's collaborators wired as ScoringModule wires them, without Nest. */
export function scoringParts(dataSource: DataSource) {
  const unitOfWork = new UnitOfWork(dataSource, new OutboxWriter('scoring'));
  const inbox = new Inbox(unitOfWork);
  const frameworks = new FrameworkCatalog();
  const aggregates = new AggregateStore();
  const dirty = new DirtyUnits();
  const recalculator = new UnitRecalculator(aggregates, frameworks, new PopulationFrames(), []);
  const recalculate = new RecalculateDirtyUseCase(unitOfWork, dirty, recalculator);
  return { unitOfWork, inbox, frameworks, aggregates, dirty, recalculator, recalculate };
}
