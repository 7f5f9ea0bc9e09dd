import { RefreshTokenEntity } from '../auth/refresh-token.entity';
import { UserEntity } from '../users/user.entity';

export const gatewayEntities = [UserEntity, RefreshTokenEntity];
