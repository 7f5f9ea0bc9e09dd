import { createServer } from 'node:net';

/** One free TCP port per name (asked of the OS, then released: the apps bind them a moment later). */
export async function freePorts(names) {
  const ports = {};
  for (const name of names) {
    ports[name] = await new Promise((resolve, reject) => {
      const server = createServer();
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => {
        const { port } = server.address();
        server.close(() => resolve(port));
      });
    });
  }
  return ports;
}

/** A seeded PRNG (mulberry32): a run's random moments can be replayed with its seed. */
export function randomSource(seed) {
  let a = seed >>> 0;
  return {
    next() {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    },
  };
}
