import type { UserEntity } from './user.entity';

/** A user as the API shows it: never the password hash. */
export function toUserResponse(user: UserEntity) {
  return {
    id: user.id,
    email: user.email,
    role: user.role,
    provinceCode: user.provinceCode,
    agencyId: user.agencyId,
    disabled: user.disabledAt !== null,
    disabledAt: user.disabledAt?.toISOString() ?? null,
    createdAt: user.createdAt.toISOString(),
    updatedAt: user.updatedAt.toISOString(),
  };
}

export type UserResponse = ReturnType<typeof toUserResponse>;
