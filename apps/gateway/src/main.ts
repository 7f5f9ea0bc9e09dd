import 'reflect-metadata';
import { startGateway } from './start-gateway';

startGateway().then(
  (gateway) => {
    const stop = () =>
      void gateway.close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  },
  (error: unknown) => {
    console.error(`gateway failed to start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
