import { Injectable } from '@nestjs/common';
import { hash } from 'bcryptjs';
import { DataSource, FindOptionsWhere } from 'typeorm';
import { Problems } from '@papi/platform-http';
import type { AuthenticatedCaller } from '../auth/access-token';
import { BCRYPT_ROUNDS, SessionUseCases } from '../auth/session.use-cases';
import { canSee, checkAssignment, Manager } from './assignment-rules';
import { CreateUserDto, ListUsersQueryDto, UpdateUserDto } from './dtos/user.dtos';
import { UserEntity } from './user.entity';
import { toUserResponse, UserResponse } from './user-response';

const managerOf = (caller: AuthenticatedCaller): Manager => ({ role: caller.role, province: caller.province });

/** Admins manage the accounts of their province; the system admin manages every province's. */
@Injectable()
export class UserManagementUseCases {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionUseCases,
  ) {}

  async list(caller: AuthenticatedCaller, query: ListUsersQueryDto) {
    const where: FindOptionsWhere<UserEntity> = {};
    if (query.role) where.role = query.role;
    if (caller.role !== 'system_admin') where.provinceCode = caller.province;
    else if (query.provinceCode) where.provinceCode = query.provinceCode;
    const [rows, total] = await this.dataSource.getRepository(UserEntity).findAndCount({
      where,
      order: { email: 'ASC' },
      take: query.limit,
      skip: query.offset,
    });
    return { items: rows.map(toUserResponse), total, limit: query.limit, offset: query.offset };
  }

  async me(caller: AuthenticatedCaller): Promise<UserResponse> {
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ id: caller.sub });
    if (!user) throw Problems.notFound();
    return toUserResponse(user);
  }

  async get(caller: AuthenticatedCaller, id: string): Promise<UserResponse> {
    return toUserResponse(await this.find(caller, id));
  }

  async create(caller: AuthenticatedCaller, dto: CreateUserDto): Promise<UserResponse> {
    const target = {
      role: dto.role,
      provinceCode: dto.provinceCode ?? caller.province,
      agencyId: dto.agencyId ?? null,
    };
    checkAssignment(managerOf(caller), target);
    const email = dto.email.trim().toLowerCase();
    const users = this.dataSource.getRepository(UserEntity);
    const inserted = await users
      .createQueryBuilder()
      .insert()
      .values({ ...target, email, passwordHash: await hash(dto.password, BCRYPT_ROUNDS), disabledAt: null })
      .orIgnore()
      .returning('id')
      .execute();
    const id = (inserted.raw as { id: string }[])[0]?.id;
    if (!id) throw Problems.conflict(`Email "${email}" đã được dùng cho một tài khoản khác.`);
    return toUserResponse(await users.findOneByOrFail({ id }));
  }

  async update(caller: AuthenticatedCaller, id: string, dto: UpdateUserDto): Promise<UserResponse> {
    const user = await this.find(caller, id);
    if (user.id === caller.sub && (dto.disabled || (dto.role && dto.role !== user.role))) {
      throw Problems.unprocessable('Không thể tự khóa hoặc tự đổi vai trò của chính mình.', [
        { pointer: dto.disabled ? '/disabled' : '/role', detail: 'Hãy nhờ một quản trị viên khác.' },
      ]);
    }
    const manager = managerOf(caller);
    // The manager must be allowed both the account as it is and as it becomes.
    checkAssignment(manager, user);
    const next = {
      role: dto.role ?? user.role,
      provinceCode: user.provinceCode,
      agencyId: dto.agencyId === undefined ? user.agencyId : dto.agencyId,
    };
    checkAssignment(manager, next);
    const changes: Partial<UserEntity> = { role: next.role, agencyId: next.agencyId };
    if (dto.disabled !== undefined) changes.disabledAt = dto.disabled ? (user.disabledAt ?? new Date()) : null;
    if (dto.password) changes.passwordHash = await hash(dto.password, BCRYPT_ROUNDS);
    await this.dataSource.getRepository(UserEntity).update({ id }, changes);
    // Tokens carry role, agency and the right to act: any change to them ends the user's sessions.
    const endsSessions =
      dto.disabled === true || dto.password || next.role !== user.role || next.agencyId !== user.agencyId;
    if (endsSessions) await this.sessions.endAllSessions(id);
    return toUserResponse(await this.dataSource.getRepository(UserEntity).findOneByOrFail({ id }));
  }

  private async find(caller: AuthenticatedCaller, id: string): Promise<UserEntity> {
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ id });
    if (!user || !canSee(managerOf(caller), user.provinceCode)) throw Problems.notFound();
    return user;
  }
}
