import { Injectable } from '@nestjs/common';
import { ProblemFieldError, Problems } from '@papi/platform-http';
import { UnitOfWork } from '@papi/platform-messaging';
import { InstrumentEntity } from '../instruments/instrument.entity';
import { checkWaveTargets } from './check-wave-targets';
import { CreateWaveDto } from './dtos/create-wave.dto';
import { WaveEntity } from './wave.entity';

@Injectable()
export class CreateWaveUseCase {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  execute(provinceCode: string, dto: CreateWaveDto): Promise<WaveEntity> {
    return this.unitOfWork.run(async ({ manager }) => {
      const instrument = await manager.findOneBy(InstrumentEntity, { id: dto.instrumentId });
      const errors: ProblemFieldError[] = [];
      if (instrument?.status !== 'published') {
        errors.push({ pointer: '/instrumentId', detail: 'Bộ câu hỏi không tồn tại hoặc chưa được công bố.' });
      }
      if (dto.endsOn < dto.startsOn) {
        errors.push({ pointer: '/endsOn', detail: 'Ngày kết thúc phải không sớm hơn ngày bắt đầu.' });
      }
      errors.push(...checkWaveTargets(provinceCode, dto.startsOn, dto.targets));
      if (errors.length > 0) throw Problems.unprocessable('Đợt khảo sát không hợp lệ.', errors);
      const repo = manager.getRepository(WaveEntity);
      if (await repo.existsBy({ provinceCode, code: dto.code })) {
        throw Problems.conflict(`Đợt khảo sát "${dto.code}" đã tồn tại trong tỉnh.`);
      }
      return repo.save(
        repo.create({
          provinceCode,
          code: dto.code,
          instrumentId: instrument!.id,
          frameworkVersion: instrument!.frameworkVersion,
          targets: dto.targets,
          startsOn: dto.startsOn,
          endsOn: dto.endsOn,
        }),
      );
    });
  }
}
