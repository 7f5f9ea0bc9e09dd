export * from './correlation-context';
export * from './logger';
export * from './metrics';
