export * from './snake-naming.strategy';
export * from './database-options';
export * from './ensure-database';
export * from './migrations';
export * from './redis';
export * from './prepared-query';
export * from './group-commit';
