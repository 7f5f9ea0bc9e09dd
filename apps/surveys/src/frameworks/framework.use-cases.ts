import { Injectable } from '@nestjs/common';
import { FrameworkPublished } from '@papi/contracts';
import { validateFramework } from '@papi/papi';
import { Problems } from '@papi/platform-http';
import { UnitOfWork } from '@papi/platform-messaging';
import { CreateFrameworkDto } from './dtos/framework.dto';
import { frameworkPublishedPayload } from './framework-published.payload';
import { FrameworkVersionEntity } from './framework-version.entity';
import { toFramework } from './to-framework';

@Injectable()
export class CreateFrameworkUseCase {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  /** A new draft version; nothing is published until it is frozen by `publish`. */
  execute(dto: CreateFrameworkDto): Promise<FrameworkVersionEntity> {
    const { framework, problems } = toFramework(dto);
    const all = [...problems, ...validateFramework(framework)];
    if (all.length > 0) throw Problems.unprocessable('Khung chỉ số không hợp lệ.', all);
    return this.unitOfWork.run(async (tx) => {
      const repo = tx.manager.getRepository(FrameworkVersionEntity);
      if (await repo.existsBy({ version: dto.version })) {
        throw Problems.conflict(`Phiên bản khung chỉ số "${dto.version}" đã tồn tại.`);
      }
      return repo.save(
        repo.create({ version: framework.version, status: 'draft', structure: framework, publishedAt: null }),
      );
    });
  }
}

@Injectable()
export class PublishFrameworkUseCase {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  /** Freezes a draft and announces it to scoring, in one transaction; a published version never changes. */
  execute(version: string): Promise<FrameworkVersionEntity> {
    return this.unitOfWork.run(async (tx) => {
      const repo = tx.manager.getRepository(FrameworkVersionEntity);
      const found = await repo.findOne({ where: { version }, lock: { mode: 'pessimistic_write' } });
      if (!found) throw Problems.notFound('Không tìm thấy phiên bản khung chỉ số.');
      if (found.status === 'published') {
        throw Problems.conflict(`Khung chỉ số "${version}" đã được công bố và không thể thay đổi.`);
      }
      found.status = 'published';
      found.publishedAt = new Date();
      await repo.save(found);
      await tx.publish(FrameworkPublished, frameworkPublishedPayload(found.structure, found.publishedAt));
      return found;
    });
  }
}
