import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { hash } from 'bcryptjs';
import { DataSource } from 'typeorm';
import { GATEWAY_CONFIG } from '../common/tokens';
import type { GatewayConfig } from '../config/gateway.config';
import { UserEntity } from './user.entity';

/**
 * Seeds the first admin from ADMIN_EMAIL / ADMIN_PASSWORD as system_admin (it must be able to create the
 * other provinces' admins) in DEFAULT_PROVINCE_CODE; an existing account is left untouched.
 */
@Injectable()
export class AdminSeeder implements OnApplicationBootstrap {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const email = this.config.ADMIN_EMAIL.toLowerCase();
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(UserEntity)
      .values({
        email,
        passwordHash: await hash(this.config.ADMIN_PASSWORD, 10),
        role: 'system_admin',
        provinceCode: this.config.DEFAULT_PROVINCE_CODE,
        agencyId: null,
      })
      .orIgnore()
      .execute();
  }
}
