import { Injectable } from '@nestjs/common';
import { DataSource, FindOptionsWhere, IsNull } from 'typeorm';
import { Problems } from '@papi/platform-http';
import type { Role } from '../access/roles';
import type { AuthenticatedCaller } from '../auth/access-token';
import { randomSecret, sha256 } from '../common/hash';
import { canSee, checkAssignment } from '../users/assignment-rules';
import { ApiKeyAuthenticator } from './api-key-authenticator';
import { ApiKeyEntity } from './api-key.entity';
import { CreateApiKeyDto } from './dtos/create-api-key.dto';

/** A machine never administers: keys get at most the roles that read or submit (admins: also admin). */
const KEY_ROLES: Record<'system_admin' | 'admin', readonly Role[]> = {
  system_admin: ['admin', 'agency_officer', 'enumerator', 'viewer'],
  admin: ['agency_officer', 'enumerator', 'viewer'],
};

export function toApiKeyResponse(key: ApiKeyEntity) {
  return {
    id: key.id,
    name: key.name,
    keyPrefix: key.keyPrefix,
    role: key.role,
    provinceCode: key.provinceCode,
    agencyId: key.agencyId,
    createdAt: key.createdAt.toISOString(),
    revokedAt: key.revokedAt?.toISOString() ?? null,
    lastUsedAt: key.lastUsedAt?.toISOString() ?? null,
  };
}

@Injectable()
export class ApiKeyUseCases {
  constructor(
    private readonly dataSource: DataSource,
    private readonly authenticator: ApiKeyAuthenticator,
  ) {}

  /** The key itself is in this answer only; afterwards only its hash exists. */
  async create(caller: AuthenticatedCaller, dto: CreateApiKeyDto) {
    const target = {
      role: dto.role,
      provinceCode: dto.provinceCode ?? caller.province,
      agencyId: dto.agencyId ?? null,
    };
    checkAssignment({ role: caller.role, province: caller.province }, target, KEY_ROLES);
    const key = randomSecret('papi_');
    const repo = this.dataSource.getRepository(ApiKeyEntity);
    const saved = await repo.save(
      repo.create({
        ...target,
        name: dto.name.trim(),
        keyPrefix: key.slice(0, 12),
        keyHash: sha256(key),
        createdByUserId: caller.sub,
        revokedAt: null,
        lastUsedAt: null,
      }),
    );
    return { ...toApiKeyResponse(saved), key };
  }

  async list(caller: AuthenticatedCaller, limit: number, offset: number) {
    const where: FindOptionsWhere<ApiKeyEntity> =
      caller.role === 'system_admin' ? {} : { provinceCode: caller.province };
    const [rows, total] = await this.dataSource
      .getRepository(ApiKeyEntity)
      .findAndCount({ where, order: { createdAt: 'DESC' }, take: limit, skip: offset });
    return { items: rows.map(toApiKeyResponse), total, limit, offset };
  }

  /** Revoking twice is fine; a key of another province looks missing. */
  async revoke(caller: AuthenticatedCaller, id: string): Promise<void> {
    const repo = this.dataSource.getRepository(ApiKeyEntity);
    const key = await repo.findOneBy({ id });
    if (!key || !canSee({ role: caller.role, province: caller.province }, key.provinceCode)) throw Problems.notFound();
    await repo.update({ id, revokedAt: IsNull() }, { revokedAt: new Date() });
    this.authenticator.forget(id);
  }
}
