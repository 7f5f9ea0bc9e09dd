# syntax=docker/dockerfile:1
# The gateway service. Build from the repository root:
#   docker build -f deploy/docker/gateway.Dockerfile -t papi/gateway .
# Run: docker run -e HTTP_HOST=0.0.0.0 -e KAFKA_BROKERS=… -e PGHOST=… -e REDIS_URL=… papi/gateway
# Unset variables take their defaults from the copied .env.example (contract §1).

ARG NODE_IMAGE=node:24-slim

# 1. Compile the whole workspace (tsconfig.build.json) and the web app; only the gateway's and the web
#    app's output are kept below.
FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
# --ignore-scripts: no dependency needs a build step, and the `node` devDependency would only
# download a second Node 24 (this image already is one).
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.base.json tsconfig.build.json ./
COPY libs ./libs
COPY apps ./apps
# Plain node + tsc's bin file: `npx` would put node_modules/.bin (where the skipped `node` shim lives) first on the PATH.
RUN node node_modules/typescript/bin/tsc -p tsconfig.build.json
# The web app (apps/web) into dist/apps/web, as `npm run build` does: type-checked against the generated
# API types first (a contract change fails the image build), then bundled by Vite. The gateway serves it.
RUN node node_modules/typescript/bin/tsc -p apps/web/tsconfig.json --noEmit \
 && node node_modules/vite/bin/vite.js build -c apps/web/vite.config.mts --logLevel warn

# 2. Production dependencies only.
FROM ${NODE_IMAGE} AS prod-deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force

# 3. Runtime: compiled JS, the web app's static files, prod node_modules, the path-alias hook and the
#    variable defaults.
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    HTTP_HOST=0.0.0.0
WORKDIR /app
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=build /app/dist/libs ./dist/libs
COPY --from=build /app/dist/apps/gateway ./dist/apps/gateway
# Static files only (hashed assets + index.html), found by the gateway beside its own dist folder.
COPY --from=build /app/dist/apps/web ./dist/apps/web
COPY package.json tsconfig.base.json .env.example ./
COPY tools/runtime/register-paths.cjs ./tools/runtime/register-paths.cjs
# Lets the image also create the Kafka topics (docker-compose `kafka-topics`, the k8s Job).
COPY tools/kafka/kafka.mjs ./tools/kafka/kafka.mjs
COPY deploy/kafka/topics.json ./deploy/kafka/topics.json
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=6 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.GATEWAY_PORT || 3000) + '/health/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "-r", "./tools/runtime/register-paths.cjs", "dist/apps/gateway/src/main.js"]
