import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ScoringFramework } from '@papi/papi';
import { FrameworkEntity } from './framework.entity';

/** A stored framework ready for scoring: its structure and the code ↔ position maps of its indicators. */
export interface KnownFramework {
  version: string;
  structure: ScoringFramework;
  /** How many indicators it has: the length of an aggregate row's arrays (see `CellAggregateEntity`). */
  indicatorCount: number;
  /** 1-based position → code (index 0 unused), as PostgreSQL arrays count. */
  codeAt(position: number): string | undefined;
  /** Code → 1-based position, undefined when the framework has no such indicator. */
  positionOf(code: string): number | undefined;
}

/**
 * Thrown while a sheet names a framework version this service has not received yet. It is retriable on
 * purpose: the transport retries, then dead-letters it, and a redrive succeeds once the framework is in.
 */
export class FrameworkNotYetKnownError extends Error {
  constructor(readonly version: string) {
    super(`framework ${version} has not been received from surveys.frameworks yet`);
  }
}

/**
 * Frameworks as this service received them. A published version never changes, so a version once read
 * is cached for the life of the process; a miss goes to the database (another replica may have stored it).
 */
@Injectable()
export class FrameworkCatalog {
  private readonly cache = new Map<string, KnownFramework>();

  async require(manager: EntityManager, version: string): Promise<KnownFramework> {
    const cached = this.cache.get(version);
    if (cached) return cached;
    const row = await manager.findOneBy(FrameworkEntity, { version });
    if (!row) throw new FrameworkNotYetKnownError(version);
    const known = toKnownFramework(row);
    this.cache.set(version, known);
    return known;
  }
}

export function toKnownFramework(
  row: Pick<FrameworkEntity, 'version' | 'dimensions' | 'indicatorCodes'>,
): KnownFramework {
  const positions = new Map(row.indicatorCodes.map((code, i) => [code, i + 1]));
  return {
    version: row.version,
    structure: { version: row.version, dimensions: row.dimensions },
    indicatorCount: row.indicatorCodes.length,
    codeAt: (position) => row.indicatorCodes[position - 1],
    positionOf: (code) => positions.get(code),
  };
}
