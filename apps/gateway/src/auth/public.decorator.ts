import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'isPublic';

/** Marks the few routes reachable without credentials (login). Everything else under /api/v1 needs them. */
export const Public = () => SetMetadata(IS_PUBLIC, true);
