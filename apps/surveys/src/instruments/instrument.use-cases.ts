import { Injectable } from '@nestjs/common';
import { Problems } from '@papi/platform-http';
import { UnitOfWork } from '@papi/platform-messaging';
import { EntityManager } from 'typeorm';
import { FrameworkVersionEntity } from '../frameworks/framework-version.entity';
import { InstrumentDto } from './dtos/instrument.dto';
import { InstrumentEntity } from './instrument.entity';
import { InstrumentDefinition } from './instrument.types';
import { toInstrument } from './to-instrument';
import { validateInstrument } from './validate-instrument';

async function checkedDefinition(manager: EntityManager, dto: InstrumentDto): Promise<InstrumentDefinition> {
  const definition = toInstrument(dto);
  const framework = await manager.findOneBy(FrameworkVersionEntity, { version: definition.frameworkVersion });
  const problems = validateInstrument(definition, framework?.structure);
  if (problems.length > 0) throw Problems.unprocessable('Bộ câu hỏi không hợp lệ.', problems);
  return definition;
}

async function refuseTakenVersion(manager: EntityManager, definition: InstrumentDefinition, exceptId?: string) {
  const taken = await manager.findOneBy(InstrumentEntity, { code: definition.code, version: definition.version });
  if (taken && taken.id !== exceptId) {
    throw Problems.conflict(`Bộ câu hỏi "${definition.code}" phiên bản ${definition.version} đã tồn tại.`);
  }
}

async function lockedInstrument(manager: EntityManager, id: string): Promise<InstrumentEntity> {
  const found = await manager.findOne(InstrumentEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!found) throw Problems.notFound('Không tìm thấy bộ câu hỏi.');
  if (found.status === 'published') {
    throw Problems.conflict('Bộ câu hỏi đã được công bố và không thể thay đổi; hãy tạo phiên bản mới.');
  }
  return found;
}

@Injectable()
export class CreateInstrumentUseCase {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  execute(dto: InstrumentDto): Promise<InstrumentEntity> {
    return this.unitOfWork.run(async ({ manager }) => {
      const definition = await checkedDefinition(manager, dto);
      await refuseTakenVersion(manager, definition);
      const repo = manager.getRepository(InstrumentEntity);
      return repo.save(repo.create({ ...definition, status: 'draft', publishedAt: null }));
    });
  }
}

@Injectable()
export class UpdateInstrumentUseCase {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  /** Replaces a draft as a whole; a published version is frozen (409). */
  execute(id: string, dto: InstrumentDto): Promise<InstrumentEntity> {
    return this.unitOfWork.run(async ({ manager }) => {
      const found = await lockedInstrument(manager, id);
      const definition = await checkedDefinition(manager, dto);
      await refuseTakenVersion(manager, definition, id);
      return manager.getRepository(InstrumentEntity).save({ ...found, ...definition });
    });
  }
}

@Injectable()
export class PublishInstrumentUseCase {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  /** Freezes a draft; waves may only use published instruments of published frameworks. */
  execute(id: string): Promise<InstrumentEntity> {
    return this.unitOfWork.run(async ({ manager }) => {
      const found = await lockedInstrument(manager, id);
      const framework = await manager.findOneBy(FrameworkVersionEntity, { version: found.frameworkVersion });
      if (framework?.status !== 'published') {
        throw Problems.unprocessable('Khung chỉ số của bộ câu hỏi chưa được công bố.', [
          { pointer: '/frameworkVersion', detail: `Hãy công bố khung chỉ số "${found.frameworkVersion}" trước.` },
        ]);
      }
      return manager.getRepository(InstrumentEntity).save({ ...found, status: 'published', publishedAt: new Date() });
    });
  }
}
