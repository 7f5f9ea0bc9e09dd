import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { childrenOf } from '@papi/admin-units';
import { FrameworkPublished } from '@papi/contracts';
import { papi2019Framework, validateFramework } from '@papi/papi';
import { SERVICE_CONFIG } from '@papi/platform-http';
import { Transaction, UnitOfWork } from '@papi/platform-messaging';
import type { SurveysConfig } from '../config/surveys.config';
import { frameworkPublishedPayload } from '../frameworks/framework-published.payload';
import { FrameworkVersionEntity } from '../frameworks/framework-version.entity';
import { InstrumentEntity } from '../instruments/instrument.entity';
import { PAPI_2019_NT } from '../instruments/seed/papi-2019-nt.instrument';
import { validateInstrument } from '../instruments/validate-instrument';
import { sampledLevelOn } from '../waves/check-wave-targets';
import { WaveEntity } from '../waves/wave.entity';

/** Any constant: serialises the seeders of several replicas booting at once. */
const SEED_LOCK = 2019_0058;
const WAVE = { code: '2020-Q3', startsOn: '2020-07-01', endsOn: '2020-09-30' };
/** Sheets per district of the seeded wave (illustrative; PAPI samples a few hundred per province). */
const TARGET_PER_UNIT = 100;

/**
 * Seeds, idempotently by natural keys: the papi-2019 framework (published, announced to scoring through
 * the outbox in the same transaction), the published Vietnamese instrument PAPI-2019-NT v1 and the
 * default province's 2020-Q3 wave using it. A wave seeded before instruments existed is backfilled.
 */
@Injectable()
export class SurveysSeeder implements OnApplicationBootstrap {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    @Inject(SERVICE_CONFIG) private readonly config: SurveysConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.unitOfWork.run(async (tx) => {
      await tx.manager.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK]);
      await this.seedFramework(tx);
      const instrument = await this.seedInstrument(tx);
      await this.seedWave(tx, instrument);
    });
  }

  private async seedFramework(tx: Transaction): Promise<void> {
    const repo = tx.manager.getRepository(FrameworkVersionEntity);
    if (await repo.existsBy({ version: papi2019Framework.version })) return;
    const problems = validateFramework(papi2019Framework);
    if (problems.length > 0) throw new Error(`papi-2019 seed is invalid: ${JSON.stringify(problems)}`);
    const publishedAt = new Date();
    await repo.insert({
      version: papi2019Framework.version,
      status: 'published',
      structure: papi2019Framework,
      publishedAt,
    });
    await tx.publish(FrameworkPublished, frameworkPublishedPayload(papi2019Framework, publishedAt));
  }

  private async seedInstrument(tx: Transaction): Promise<InstrumentEntity> {
    const repo = tx.manager.getRepository(InstrumentEntity);
    const existing = await repo.findOneBy({ code: PAPI_2019_NT.code, version: PAPI_2019_NT.version });
    if (existing) return existing;
    const problems = validateInstrument(PAPI_2019_NT, papi2019Framework);
    if (problems.length > 0) throw new Error(`${PAPI_2019_NT.code} seed is invalid: ${JSON.stringify(problems)}`);
    return repo.save(repo.create({ ...PAPI_2019_NT, status: 'published', publishedAt: new Date() }));
  }

  private async seedWave(tx: Transaction, instrument: InstrumentEntity): Promise<void> {
    const provinceCode = this.config.DEFAULT_PROVINCE_CODE;
    const level = sampledLevelOn(WAVE.startsOn);
    const targets = Object.fromEntries(
      childrenOf(provinceCode, WAVE.startsOn)
        .filter((u) => u.level === level)
        .map((u) => [u.code, TARGET_PER_UNIT]),
    );
    const repo = tx.manager.getRepository(WaveEntity);
    const existing = await repo.findOneBy({ provinceCode, code: WAVE.code });
    if (existing?.instrumentId) return;
    if (existing) {
      await repo.update({ id: existing.id }, { instrumentId: instrument.id, targets });
      return;
    }
    await repo.insert({
      ...WAVE,
      provinceCode,
      frameworkVersion: instrument.frameworkVersion,
      instrumentId: instrument.id,
      targets,
    });
  }
}
