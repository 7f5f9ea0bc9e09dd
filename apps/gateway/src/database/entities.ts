import { ApiKeyEntity } from '../api-keys/api-key.entity';
import { RefreshTokenEntity } from '../auth/refresh-token.entity';
import { UserEntity } from '../users/user.entity';

export const gatewayEntities = [UserEntity, RefreshTokenEntity, ApiKeyEntity];
