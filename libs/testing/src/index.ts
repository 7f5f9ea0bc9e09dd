export * from './expect-eventually';
export * from './test-env';
export * from './smtp-capture';
export * from './free-port';
export * from './system-under-test';
export * from './honest-sheets';
export * from './fresh-service-database';
