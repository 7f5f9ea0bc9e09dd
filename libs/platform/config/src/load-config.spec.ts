import { env } from './config-schema';
import { ConfigException, loadConfig } from './load-config';

const schema = { GATEWAY_PORT: env.port(), KAFKA_BROKERS: env.list(), ADMIN_PASSWORD: env.string() };
const defaults = { GATEWAY_PORT: '3000', KAFKA_BROKERS: '127.0.0.1:9092', ADMIN_PASSWORD: 'Example-Pass1' };

describe('loadConfig', () => {
  it('takes .env.example defaults for unset variables', () => {
    const sut = loadConfig(schema, {}, defaults);
    expect(sut).toEqual({ GATEWAY_PORT: 3000, KAFKA_BROKERS: ['127.0.0.1:9092'], ADMIN_PASSWORD: 'Example-Pass1' });
  });

  it('names a malformed variable', () => {
    expect(() => loadConfig(schema, { GATEWAY_PORT: 'abc' }, defaults)).toThrow(/GATEWAY_PORT="abc" is malformed/);
  });

  it('names a missing variable without a default', () => {
    expect(() => loadConfig(schema, {}, { GATEWAY_PORT: '1' })).toThrow(/KAFKA_BROKERS is missing/);
  });

  it('refuses the example password in production', () => {
    const run = () => loadConfig(schema, { NODE_ENV: 'production' }, defaults);
    expect(run).toThrow(ConfigException);
    expect(run).toThrow(/ADMIN_PASSWORD still has the example value/);
    expect(
      loadConfig(schema, { NODE_ENV: 'production', ADMIN_PASSWORD: 'Real-Secret-9' }, defaults).ADMIN_PASSWORD,
    ).toBe('Real-Secret-9');
  });
});
