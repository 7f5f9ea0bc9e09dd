export * from './config-schema';
export * from './env-file';
export * from './load-config';
export * from './common.config';
