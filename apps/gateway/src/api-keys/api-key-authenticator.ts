import { Injectable } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import { Problems } from '@papi/platform-http';
import { AuthenticatedCaller } from '../auth/access-token';
import { sha256 } from '../common/hash';
import { ApiKeyEntity } from './api-key.entity';

const KEY_SHAPE = /^papi_[A-Za-z0-9_-]{20,100}$/;
/** lastUsedAt is a hint for people, not an audit: written at most once a minute per key. */
const TOUCH_EVERY_MS = 60_000;

@Injectable()
export class ApiKeyAuthenticator {
  private readonly touched = new Map<string, number>();

  constructor(private readonly dataSource: DataSource) {}

  async authenticate(key: string): Promise<AuthenticatedCaller> {
    if (!KEY_SHAPE.test(key)) throw Problems.unauthorized('Khóa API không hợp lệ hoặc đã bị thu hồi.');
    const found = await this.dataSource
      .getRepository(ApiKeyEntity)
      .findOneBy({ keyHash: sha256(key), revokedAt: IsNull() });
    if (!found) throw Problems.unauthorized('Khóa API không hợp lệ hoặc đã bị thu hồi.');
    this.touch(found.id);
    return {
      sub: found.id,
      role: found.role,
      province: found.provinceCode,
      agency: found.agencyId,
      credential: 'api-key',
    };
  }

  private touch(id: string): void {
    const now = Date.now();
    if (now - (this.touched.get(id) ?? 0) < TOUCH_EVERY_MS) return;
    this.touched.set(id, now);
    void this.dataSource
      .query(
        `UPDATE api_key SET last_used_at = now()
          WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')`,
        [id],
      )
      .catch(() => undefined);
  }
}
