import { Injectable } from '@nestjs/common';
import type { PapiFramework } from '@papi/papi';
import { EntityManager } from 'typeorm';
import { FrameworkVersionEntity } from '../frameworks/framework-version.entity';
import { InstrumentEntity } from '../instruments/instrument.entity';
import { WaveEntity } from '../waves/wave.entity';

/**
 * Published framework versions and instruments, and waves, cached in memory. Safe without invalidation
 * because a published version never changes (edits are refused with 409; drafts are never cached) and a
 * wave's identity (id, code, province, instrument, framework version) is fixed once created. Saves a
 * round trip per sheet on the intake path.
 */
@Injectable()
export class PublishedCatalog {
  private readonly frameworks = new Map<string, PapiFramework>();
  private readonly instruments = new Map<string, InstrumentEntity>();
  private readonly waves = new Map<string, WaveEntity>();

  /** The wave of a province; a missing one is not remembered (it may be created later). */
  async wave(manager: EntityManager, id: string, provinceCode: string): Promise<WaveEntity | undefined> {
    const cached = this.waves.get(id);
    if (cached) return cached.provinceCode === provinceCode ? cached : undefined;
    const found = await manager.findOneBy(WaveEntity, { id });
    if (found?.instrumentId) this.waves.set(id, found);
    return found && found.provinceCode === provinceCode ? found : undefined;
  }

  async framework(manager: EntityManager, version: string): Promise<PapiFramework | undefined> {
    const cached = this.frameworks.get(version);
    if (cached) return cached;
    const found = await manager.findOneBy(FrameworkVersionEntity, { version, status: 'published' });
    if (found) this.frameworks.set(version, found.structure);
    return found?.structure;
  }

  async instrument(manager: EntityManager, id: string): Promise<InstrumentEntity | undefined> {
    const cached = this.instruments.get(id);
    if (cached) return cached;
    const found = await manager.findOneBy(InstrumentEntity, { id, status: 'published' });
    if (found) this.instruments.set(id, found);
    return found ?? undefined;
  }
}
