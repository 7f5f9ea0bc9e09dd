import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Problems } from '@papi/platform-http';
import { AgencyViewEntity } from '../directory/agency-view.entity';
import { AgencyPreferenceEntity } from './agency-preference.entity';
import { SetPreferenceDto } from './dtos/set-preference.dto';

export interface AgencyPreference {
  agencyId: string;
  digest: boolean;
}

@Injectable()
export class SetPreferenceUseCase {
  constructor(private readonly dataSource: DataSource) {}

  async execute(provinceCode: string, agencyId: string, dto: SetPreferenceDto): Promise<AgencyPreference> {
    // An agency of another province answers exactly like a missing one (contract §2: 404 either way).
    const agency = await this.dataSource.getRepository(AgencyViewEntity).findOneBy({ id: agencyId, provinceCode });
    if (!agency) throw Problems.notFound('Không tìm thấy cơ quan.');
    await this.dataSource.getRepository(AgencyPreferenceEntity).upsert({ agencyId, digest: dto.digest }, ['agencyId']);
    return { agencyId, digest: dto.digest };
  }
}
