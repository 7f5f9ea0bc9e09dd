import { Injectable } from '@nestjs/common';
import type { PapiFramework } from '@papi/papi';
import { EntityManager } from 'typeorm';
import { FrameworkVersionEntity } from '../frameworks/framework-version.entity';
import { InstrumentEntity } from '../instruments/instrument.entity';

/**
 * Published framework versions and instruments, cached in memory. Safe without invalidation because a
 * published version never changes (edits are refused with 409); drafts are never cached.
 */
@Injectable()
export class PublishedCatalog {
  private readonly frameworks = new Map<string, PapiFramework>();
  private readonly instruments = new Map<string, InstrumentEntity>();

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
