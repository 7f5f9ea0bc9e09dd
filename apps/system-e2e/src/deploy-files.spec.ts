import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';

/**
 * docker-compose.yml, deploy/docker/*.Dockerfile and deploy/k8s/*.yaml agree with the code: variable
 * names are those of the config schemas, ports line up, dependencies exist. File checks only (no
 * Docker, no cluster). The schemas are read as text: apps must not be imported across projects.
 */

type Node = Record<string, any>;

const ROOT = join(__dirname, '../../..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

const APPS = ['gateway', 'plans', 'surveys', 'scoring', 'notifications'] as const;
type App = (typeof APPS)[number];
const portVariable = (app: App) => `${app.toUpperCase()}_PORT`;

/** `NAME: env.` entries of a config schema source file. */
function schemaKeysIn(source: string): string[] {
  return [...source.matchAll(/^\s*([A-Z][A-Z0-9_]*)\s*:\s*env\./gm)].map((m) => m[1]);
}

const commonKeys = schemaKeysIn(read('libs/platform/config/src/common.config.ts'));
const schemaSource = (app: App) => read(`apps/${app}/src/config/${app}.config.ts`);
const schemaKeys: Record<App, string[]> = Object.fromEntries(
  APPS.map((app) => {
    const source = schemaSource(app);
    const own = schemaKeysIn(source);
    return [app, [...new Set([...(source.includes('...commonConfigSchema') ? commonKeys : []), ...own])]];
  }),
) as Record<App, string[]>;
const allSchemaKeys = new Set(Object.values(schemaKeys).flat());

const envExample: Record<string, string> = Object.fromEntries(
  read('.env.example')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#') && line.includes('='))
    .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
);

const compose = parse(read('docker-compose.yml'), { merge: true }) as Node;
const services = compose.services as Record<string, Node>;

function environmentOf(service: Node): Record<string, string> {
  const env = service.environment ?? {};
  if (Array.isArray(env)) {
    return Object.fromEntries(env.map((entry: string) => [entry.split('=')[0], entry.split('=').slice(1).join('=')]));
  }
  return Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v === null ? '' : String(v)]));
}

const dependsOn = (service: Node): Record<string, Node> =>
  Array.isArray(service.depends_on)
    ? Object.fromEntries(service.depends_on.map((name: string) => [name, { condition: 'service_started' }]))
    : (service.depends_on ?? {});

/** The port an app listens on in compose: its <APP>_PORT there, else the .env.example default. */
const composePort = (app: App) =>
  Number(environmentOf(services[app])[portVariable(app)] ?? envExample[portVariable(app)]);

/** Host part of `host`, `host:port` or `scheme://host:port/…`. */
function hostAndPort(value: string): { host: string; port?: number } {
  const match = /^(?:[a-z]+:\/\/)?([^:/,@\s]+)(?::(\d+))?/i.exec(value.trim());
  return { host: match?.[1] ?? '', port: match?.[2] ? Number(match[2]) : undefined };
}

const LOOPBACK = /\b(127\.0\.0\.1|localhost)\b/;

interface Dockerfile {
  text: string;
  instructions: { keyword: string; args: string }[];
}

function readDockerfile(app: App): Dockerfile {
  const text = read(`deploy/docker/${app}.Dockerfile`);
  const logical = text
    .replace(/\\\r?\n/g, ' ')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
  return {
    text,
    instructions: logical.map((line) => {
      const [keyword, ...rest] = line.split(/\s+/);
      return { keyword: keyword.toUpperCase(), args: rest.join(' ') };
    }),
  };
}

const dockerignore = read('.dockerignore')
  .split(/\r?\n/)
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith('#'));

function ignoredByDocker(path: string): boolean {
  return dockerignore.some((pattern) => {
    const bare = pattern.replace(/^\*\*\//, '').replace(/\/$/, '');
    const regex = new RegExp(`^(.*/)?${bare.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}(/.*)?$`);
    return pattern.startsWith('**/') || !pattern.includes('/') ? regex.test(path) : path.startsWith(bare);
  });
}

const k8sDir = join(ROOT, 'deploy/k8s');
const k8sFiles = existsSync(k8sDir) ? readdirSync(k8sDir).filter((f) => /\.ya?ml$/.test(f)) : [];
const k8sDocs = k8sFiles.flatMap((file) =>
  parseAllDocuments(readFileSync(join(k8sDir, file), 'utf8')).map((document) => ({ file, document })),
);
const k8sObjects = k8sDocs.map(({ document }) => document.toJS() as Node).filter(Boolean);
const k8sObject = (kind: string, name: string) =>
  k8sObjects.find((o) => o.kind === kind && o.metadata?.name === name) as Node | undefined;

// ----------------------------------------------------------------------------------------------

describe('config schemas (read as text)', () => {
  it.each(APPS)('%s: the schema parses to names that include its port and the common ones', (app) => {
    expect(commonKeys).toEqual(expect.arrayContaining(['KAFKA_BROKERS', 'PGHOST', 'REDIS_URL', 'HTTP_HOST']));
    expect(schemaSource(app)).toContain('...commonConfigSchema');
    expect(schemaKeys[app]).toEqual(expect.arrayContaining([...commonKeys, portVariable(app)]));
  });
});

describe('docker-compose.yml', () => {
  it('runs the infrastructure and every app, and publishes only the gateway and the mail inbox', () => {
    expect(Object.keys(services)).toEqual(
      expect.arrayContaining(['kafka', 'kafka-topics', 'postgres', 'redis', 'mailpit', ...APPS]),
    );
    const published = Object.entries(services).flatMap(([name, s]) =>
      (s.ports ?? []).map((p: string | Node) => `${name}:${typeof p === 'string' ? p : `${p.published}:${p.target}`}`),
    );
    expect(published.sort()).toEqual([
      `gateway:${composePort('gateway')}:${composePort('gateway')}`,
      'mailpit:8025:8025',
    ]);
  });

  it('runs Kafka in KRaft single-node mode with auto-creation off, and creates the catalogue topics first', () => {
    const kafka = environmentOf(services.kafka);
    expect(services.kafka.image).toBe('apache/kafka:3.9.1');
    expect(kafka.KAFKA_PROCESS_ROLES).toBe('broker,controller');
    expect(kafka.KAFKA_AUTO_CREATE_TOPICS_ENABLE).toBe('false');
    expect(kafka.KAFKA_ADVERTISED_LISTENERS).toBe('PLAINTEXT://kafka:9092');
    for (const name of Object.keys(kafka).filter((k) => /REPLICATION_FACTOR$/.test(k))) expect(kafka[name]).toBe('1');
    expect(kafka.CLUSTER_ID).toMatch(/^[A-Za-z0-9_-]{22}$/);
    const command = [services['kafka-topics'].command].flat().join(' ');
    expect(command).toMatch(/tools\/kafka\/kafka\.mjs topics --brokers kafka:9092/);
    const topicsImage = services['kafka-topics'].build.dockerfile as string;
    expect(read(topicsImage)).toMatch(/COPY .*tools\/kafka\/kafka\.mjs/);
    expect(read(topicsImage)).toMatch(/COPY .*deploy\/kafka\/topics\.json/);
  });

  it('has every depends_on target as a service, with conditions it can meet, and no cycle', () => {
    const problems: string[] = [];
    for (const [name, service] of Object.entries(services)) {
      for (const [target, spec] of Object.entries(dependsOn(service))) {
        const other = services[target];
        if (!other) problems.push(`${name} -> ${target}: no such service`);
        else if (spec.condition === 'service_healthy' && (!other.healthcheck || other.healthcheck.disable))
          problems.push(`${name} -> ${target}: service_healthy but ${target} has no healthcheck`);
        else if (!['service_started', 'service_healthy', 'service_completed_successfully'].includes(spec.condition))
          problems.push(`${name} -> ${target}: unknown condition ${spec.condition}`);
      }
    }
    const visiting = new Set<string>();
    const done = new Set<string>();
    const visit = (name: string, path: string[]) => {
      if (done.has(name) || !services[name]) return;
      if (visiting.has(name)) return problems.push(`cycle ${[...path, name].join(' -> ')}`);
      visiting.add(name);
      Object.keys(dependsOn(services[name])).forEach((t) => visit(t, [...path, name]));
      visiting.delete(name);
      done.add(name);
    };
    Object.keys(services).forEach((name) => visit(name, []));
    expect(problems).toEqual([]);
  });

  describe.each(APPS)('%s', (app) => {
    const service = services[app];
    const env = environmentOf(service);
    const keys = schemaKeys[app];

    it(`builds from deploy/docker/${app}.Dockerfile`, () => {
      expect(service.build).toEqual(
        expect.objectContaining({ context: '.', dockerfile: `deploy/docker/${app}.Dockerfile` }),
      );
    });

    it('sets only variables of its config schema', () => {
      expect(Object.keys(env).filter((k) => !keys.includes(k))).toEqual([]);
    });

    it('sets every schema variable that has no .env.example default', () => {
      expect(keys.filter((k) => envExample[k] === undefined && env[k] === undefined)).toEqual([]);
    });

    it('overrides every default that points at the loopback, and listens on all interfaces', () => {
      // Browser-facing addresses (links in emails, allowed web origins) are where people's browsers are.
      const browserFacing = ['PUBLIC_APP_URL', 'CORS_ORIGINS'];
      const loopbackDefaults = keys.filter((k) => LOOPBACK.test(envExample[k] ?? '') && !browserFacing.includes(k));
      expect(loopbackDefaults.filter((k) => env[k] === undefined || LOOPBACK.test(env[k]))).toEqual([]);
      expect(env.HTTP_HOST).toBe('0.0.0.0');
      for (const k of ['KAFKA_BROKERS', 'PGHOST', 'REDIS_URL']) expect(env[k]).toBeTruthy();
      if (app === 'notifications') expect(env.SMTP_HOST).toBeTruthy();
      if (app === 'gateway') {
        for (const k of keys.filter((k) => /^(PLANS|SURVEYS|SCORING|NOTIFICATIONS)_URL$/.test(k)))
          expect(env[k]).toBeTruthy();
      }
    });

    it('points host variables at compose services (and app URLs at their ports)', () => {
      const problems: string[] = [];
      for (const [k, value] of Object.entries(env)) {
        const isAddress =
          (/_(HOST|URL|BROKERS)$/.test(k) || k === 'PGHOST') && k !== 'HTTP_HOST' && k !== 'PUBLIC_APP_URL';
        if (!isAddress) continue;
        for (const part of value.split(',')) {
          const { host, port } = hostAndPort(part);
          if (!services[host]) problems.push(`${k}=${value}: no service ${host}`);
          else if ((APPS as readonly string[]).includes(host) && port !== composePort(host as App))
            problems.push(`${k}=${value}: ${host} listens on ${composePort(host as App)}`);
        }
      }
      expect(problems).toEqual([]);
    });

    it('uses one port for the app, its Dockerfile EXPOSE, its healthchecks and its published mapping', () => {
      const port = composePort(app);
      expect(port).toBeGreaterThan(0);
      const dockerfile = readDockerfile(app);
      const exposed = dockerfile.instructions.filter((i) => i.keyword === 'EXPOSE').flatMap((i) => i.args.split(/\s+/));
      expect(exposed.map((p) => Number(p.split('/')[0]))).toEqual([port]);

      const composeCheck = [service.healthcheck?.test].flat().join(' ');
      expect(composeCheck).toContain(`:${port}/health/ready`);
      const imageCheck = dockerfile.instructions.find((i) => i.keyword === 'HEALTHCHECK');
      if (imageCheck) {
        expect(imageCheck.args).toContain('/health/ready');
        expect(imageCheck.args).toMatch(new RegExp(`(:${port}/|\\|\\| ${port}\\))`));
      }
      for (const mapping of service.ports ?? []) {
        const target = typeof mapping === 'string' ? Number(mapping.split(':').pop()) : Number(mapping.target);
        expect(target).toBe(port);
      }
    });

    it(
      app === 'gateway'
        ? 'waits for PostgreSQL, Redis and the services it routes to'
        : 'waits for Kafka topics, PostgreSQL and Redis',
      () => {
        const deps = dependsOn(service);
        if (app === 'gateway') {
          for (const other of APPS.filter((a) => a !== 'gateway'))
            expect(deps[other]?.condition).toBe('service_healthy');
        } else expect(deps['kafka-topics']?.condition).toBe('service_completed_successfully');
        expect(deps.postgres?.condition).toBe('service_healthy');
        expect(deps.redis?.condition).toBe('service_healthy');
      },
    );
  });
});

describe.each(APPS)('deploy/docker/%s.Dockerfile', (app) => {
  const dockerfile = readDockerfile(app);
  const all = (keyword: string) => dockerfile.instructions.filter((i) => i.keyword === keyword);

  it(`runs dist/apps/${app}/src/main.js (built from apps/${app}/src/main.ts) with the path-alias hook`, () => {
    expect(existsSync(join(ROOT, `apps/${app}/src/main.ts`))).toBe(true);
    const cmd = all('CMD').at(-1);
    expect(cmd).toBeDefined();
    expect(JSON.parse(cmd!.args)).toEqual([
      'node',
      '-r',
      './tools/runtime/register-paths.cjs',
      `dist/apps/${app}/src/main.js`,
    ]);
  });

  it('is a multi-stage node:24-slim build: npm ci, tsc, prod-only dependencies, non-root user', () => {
    const args = Object.fromEntries(
      all('ARG')
        .map((i) => i.args.split('='))
        .map(([k, v]) => [k, v ?? '']),
    );
    const bases = all('FROM').map((i) => i.args.split(/\s+/)[0].replace(/^\$\{?(\w+)\}?$/, (_, name) => args[name]));
    expect(bases.length).toBeGreaterThanOrEqual(3);
    expect(new Set(bases)).toEqual(new Set(['node:24-slim']));
    const runs = all('RUN').map((i) => i.args);
    expect(runs.some((r) => /npm ci\b(?!.*--omit=dev)/.test(r))).toBe(true);
    expect(runs.some((r) => /npm ci\b.*--omit=dev/.test(r))).toBe(true);
    expect(runs.some((r) => /tsc\b.*-p tsconfig\.build\.json/.test(r))).toBe(true);
    const user = all('USER').at(-1)?.args;
    expect(user).toBeTruthy();
    expect(['root', '0']).not.toContain(user);
  });

  it('copies what the runtime needs: its dist, prod node_modules, register-paths, tsconfig.base.json, .env.example', () => {
    const copies = all('COPY').map((i) => i.args);
    expect(copies).toEqual(
      expect.arrayContaining([
        expect.stringMatching(new RegExp(`--from=\\S+ /app/dist/apps/${app}\\b`)),
        expect.stringMatching(/--from=\S+ \/app\/dist\/libs\b/),
        expect.stringMatching(/--from=\S+ \/app\/node_modules\b/),
        expect.stringMatching(/tools\/runtime\/register-paths\.cjs/),
        expect.stringMatching(/tsconfig\.base\.json/),
        expect.stringMatching(/\.env\.example/),
      ]),
    );
  });

  it('copies only files that exist in the build context and are not .dockerignored', () => {
    const sources = all('COPY')
      .map((i) => i.args.split(/\s+/).filter((a) => !a.startsWith('--')))
      .filter((_, index) => !all('COPY')[index].args.includes('--from='))
      .flatMap((parts) => parts.slice(0, -1));
    expect(sources.length).toBeGreaterThan(0);
    expect(sources.filter((s) => !existsSync(join(ROOT, s)) || ignoredByDocker(s.replace(/^\.\//, '')))).toEqual([]);
  });
});

describe('deploy/docker/gateway.Dockerfile ships the web app', () => {
  const dockerfile = readDockerfile('gateway');
  const stageOf = (index: number) =>
    dockerfile.instructions
      .slice(0, index + 1)
      .filter((i) => i.keyword === 'FROM')
      .at(-1)
      ?.args.split(/\s+AS\s+/i)[1];
  const runs = dockerfile.instructions.map((i, index) => ({ ...i, index })).filter((i) => i.keyword === 'RUN');

  it('type-checks the web app against the generated API types, then bundles it with its Vite config', () => {
    const web = runs.find((r) => /vite(\.js)?\b.*\bbuild\b.*-c apps\/web\/vite\.config\.mts/.test(r.args));
    expect(web).toBeDefined();
    expect(web!.args).toMatch(/tsc\b.*-p apps\/web\/tsconfig\.json --noEmit.*&&.*vite/);
    // In the stage that has the dev dependencies (the prod-deps stage has no Vite).
    const npmCi = runs.find((r) => /npm ci\b(?!.*--omit=dev)/.test(r.args));
    expect(stageOf(web!.index)).toBe(stageOf(npmCi!.index));
    // Vite writes where the image copies from: the config's outDir is dist/apps/web.
    expect(read('apps/web/vite.config.mts')).toMatch(/outDir:\s*'\.\.\/\.\.\/dist\/apps\/web'/);
  });

  it('copies dist/apps/web from the build stage to where the gateway looks for it', () => {
    const buildStage = stageOf(runs.find((r) => /vite/.test(r.args))!.index);
    const copy = dockerfile.instructions.find(
      (i) => i.keyword === 'COPY' && /\/app\/dist\/apps\/web\s+\.\/dist\/apps\/web$/.test(i.args),
    );
    expect(copy?.args).toContain(`--from=${buildStage}`);
    // The gateway resolves the app beside its own output: dist/apps/gateway/src/web-app → dist/apps/web.
    const staticSource = read('apps/gateway/src/web-app/web-app.static.ts');
    expect(staticSource).toMatch(/defaultWebDir = \(\) => join\(__dirname, '\.\.\/\.\.\/\.\.\/web'\)/);
    expect(join('/app/dist/apps/gateway/src/web-app', '../../../web')).toBe('/app/dist/apps/web');
  });

  it('keeps the web sources in the build context', () => {
    for (const path of ['apps/web/index.html', 'apps/web/src/main.tsx', 'apps/web/vite.config.mts'])
      expect(`${path}: ${existsSync(join(ROOT, path)) && !ignoredByDocker(path)}`).toBe(`${path}: true`);
  });
});

describe('.dockerignore', () => {
  it('keeps local state out of the build context but not the sources', () => {
    for (const path of ['node_modules', 'dist', '.kafka', '.nx', 'tmp', '.mail', 'logs', '.git', 'libs/x/node_modules'])
      expect(`${path}: ${ignoredByDocker(path)}`).toBe(`${path}: true`);
    for (const path of [
      '.env.example',
      'package-lock.json',
      'apps/plans/src/main.ts',
      'tools/runtime/register-paths.cjs',
    ])
      expect(`${path}: ${ignoredByDocker(path)}`).toBe(`${path}: false`);
  });
});

describe('deploy/k8s', () => {
  const config = (k8sObject('ConfigMap', 'papi-config')?.data ?? {}) as Record<string, string>;
  const secret = k8sObject('Secret', 'papi-secrets') as Node | undefined;
  const k8sPort = (app: App) => Number(config[portVariable(app)] ?? envExample[portVariable(app)]);

  it('parses as YAML, every document a Kubernetes object', () => {
    expect(k8sFiles.length).toBeGreaterThan(0);
    const problems = k8sDocs.flatMap(({ file, document }) => document.errors.map((e) => `${file}: ${e.message}`));
    expect(problems).toEqual([]);
    for (const o of k8sObjects)
      expect(o).toEqual(expect.objectContaining({ apiVersion: expect.any(String), kind: expect.any(String) }));
  });

  it('lists existing files in kustomization.yaml', () => {
    const kustomization = k8sObjects.find((o) => o.kind === 'Kustomization');
    expect(kustomization).toBeDefined();
    expect((kustomization!.resources as string[]).filter((r) => !k8sFiles.includes(r))).toEqual([]);
  });

  it('has a ConfigMap of schema variables for the cluster, and a Secret template for the secrets', () => {
    expect(Object.keys(config).filter((k) => !allSchemaKeys.has(k))).toEqual([]);
    expect(config.HTTP_HOST).toBe('0.0.0.0');
    expect(Object.entries(config).filter(([, v]) => LOOPBACK.test(v))).toEqual([]);
    for (const app of APPS) {
      const url = config[`${app.toUpperCase()}_URL`];
      if (url) expect(hostAndPort(url)).toEqual({ host: app, port: k8sPort(app) });
    }
    expect(secret).toBeDefined();
    const secretKeys = Object.keys({ ...secret!.stringData, ...secret!.data });
    expect(secretKeys.sort()).toEqual(['ADMIN_PASSWORD', 'INTERNAL_SECRET', 'JWT_SECRET', 'PGPASSWORD']);
    expect(secretKeys.filter((k) => !allSchemaKeys.has(k))).toEqual([]);
    expect(secretKeys.filter((k) => k in config)).toEqual([]);
  });

  describe.each(APPS)('%s', (app) => {
    const deployment = k8sObject('Deployment', app);
    const service = k8sObject('Service', app);
    const container = deployment?.spec?.template?.spec?.containers?.[0] as Node | undefined;
    const portOk = (port: unknown) => port === 'http' || port === k8sPort(app);

    it('is a Deployment whose container port, probes and Service match the app port', () => {
      expect(container).toBeDefined();
      expect(container!.ports).toEqual([expect.objectContaining({ name: 'http', containerPort: k8sPort(app) })]);
      expect(container!.readinessProbe.httpGet.path).toBe('/health/ready');
      expect(portOk(container!.readinessProbe.httpGet.port)).toBe(true);
      expect(container!.livenessProbe.httpGet.path).toBe('/health/live');
      expect(portOk(container!.livenessProbe.httpGet.port)).toBe(true);
      expect(service).toBeDefined();
      expect(service!.spec.ports).toEqual([expect.objectContaining({ port: k8sPort(app) })]);
      expect(portOk(service!.spec.ports[0].targetPort)).toBe(true);
      expect(service!.spec.selector).toEqual(deployment!.spec.selector.matchLabels);
      expect(deployment!.spec.template.metadata.labels).toEqual(
        expect.objectContaining(deployment!.spec.selector.matchLabels),
      );
    });

    it('reads the shared ConfigMap and Secret', () => {
      const refs = (container!.envFrom ?? []).map((e: Node) => e.configMapRef?.name ?? e.secretRef?.name);
      expect(refs).toEqual(expect.arrayContaining(['papi-config', 'papi-secrets']));
    });

    it(app === 'gateway' ? 'runs at least one replica' : 'runs 2 replicas sharing one consumer group', () => {
      expect(deployment!.spec.replicas).toBeGreaterThanOrEqual(app === 'gateway' ? 1 : 2);
    });
  });
});
