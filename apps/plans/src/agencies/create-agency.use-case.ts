import { Injectable } from '@nestjs/common';
import { AgencyUpserted } from '@papi/contracts';
import { UnitOfWork } from '@papi/platform-messaging';
import { Problems } from '@papi/platform-http';
import { Actor, recordAudit } from '../audit/audit-trail';
import { AgencyEntity } from './agency.entity';
import { toAgencyEvent } from './agency.mapper';
import { CreateAgencyDto } from './dtos/create-agency.dto';

@Injectable()
export class CreateAgencyUseCase {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  execute(provinceCode: string, dto: CreateAgencyDto, actor: Actor): Promise<AgencyEntity> {
    return this.unitOfWork.run(async (tx) => {
      const repo = tx.manager.getRepository(AgencyEntity);
      if (await repo.existsBy({ provinceCode, code: dto.code })) {
        throw Problems.conflict(`Mã cơ quan "${dto.code}" đã tồn tại trong tỉnh.`);
      }
      if (dto.parentId && !(await repo.existsBy({ id: dto.parentId, provinceCode }))) {
        throw Problems.unprocessable('Cơ quan cấp trên không tồn tại.', [
          { pointer: '/parentId', detail: 'Không tìm thấy cơ quan cấp trên.' },
        ]);
      }
      const agency = await repo.save(repo.create({ ...dto, provinceCode, headTitle: dto.headTitle ?? null }));
      await recordAudit(tx.manager, actor, {
        provinceCode,
        entityType: 'agency',
        entityId: agency.id,
        action: 'created',
        after: agency,
      });
      await tx.publish(AgencyUpserted, toAgencyEvent(agency));
      return agency;
    });
  }
}
