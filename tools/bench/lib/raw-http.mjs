// A minimal HTTP/1.1 keep-alive client for the load generator: the bench runs on the machine it measures,
// so every CPU-millisecond the client spends is taken from the stack. Node's http.request costs ≈ 0.35 ms
// per request here (agent, header objects, parser); this one writes a request encoded once and reads only
// the status line, the framing headers and the body's length — about a tenth of that. No pipelining: one
// request per connection at a time, as real tablets and browsers send them.
import net from 'node:net';

const HEADER_END = Buffer.from('\r\n\r\n');
const EMPTY = Buffer.alloc(0);

/** The request's bytes, built once (`request.bytes` caches them; prepared requests are encoded before the clock starts). */
export function encodeRequest(url, request) {
  if (request.bytes) return request.bytes;
  const { method = 'GET', headers = {}, body } = request;
  const target = new URL(url);
  const payload = body === undefined ? null : Buffer.from(body);
  let head = `${method} ${target.pathname}${target.search} HTTP/1.1\r\nhost: ${target.host}\r\n`;
  for (const [name, value] of Object.entries(headers)) head += `${name}: ${value}\r\n`;
  if (payload) head += `content-length: ${payload.length}\r\n`;
  head += '\r\n';
  request.bytes = payload ? Buffer.concat([Buffer.from(head, 'latin1'), payload]) : Buffer.from(head, 'latin1');
  return request.bytes;
}

/** One keep-alive connection; `send` resolves with the status code (0 on a network error or a closed connection). */
class Connection {
  constructor(host, port, onGone) {
    this.socket = net.connect({ host, port });
    this.socket.setNoDelay(true);
    /** The answer so far (one buffer: answers are a few hundred bytes, rarely split). */
    this.received = EMPTY;
    this.pending = null;
    this.alive = true;
    this.socket.on('data', (data) => this.onData(data));
    const gone = () => {
      if (!this.alive) return;
      this.alive = false;
      onGone(this);
      this.finish(0);
    };
    this.socket.on('error', gone);
    this.socket.on('close', gone);
  }

  send(bytes) {
    if (!this.alive) return Promise.resolve(0);
    return new Promise((resolve) => {
      this.pending = resolve;
      this.received = EMPTY;
      this.socket.write(bytes);
    });
  }

  finish(status) {
    const resolve = this.pending;
    this.pending = null;
    resolve?.(status);
  }

  onData(data) {
    const buffered = this.received.length === 0 ? data : Buffer.concat([this.received, data]);
    this.received = buffered;
    const end = buffered.indexOf(HEADER_END);
    if (end < 0) return;
    const head = buffered.toString('latin1', 0, end);
    const bodyStart = end + 4;
    const status = Number(head.slice(9, 12));
    const length = /\r\ncontent-length:\s*(\d+)/i.exec(head);
    let complete;
    if (length) complete = buffered.length - bodyStart >= Number(length[1]);
    else if (/\r\ntransfer-encoding:\s*chunked/i.test(head)) complete = chunkedComplete(buffered, bodyStart);
    else complete = status === 204 || status === 304 || (status >= 100 && status < 200);
    if (!complete) return;
    this.received = EMPTY;
    if (/\r\nconnection:\s*close/i.test(head)) {
      this.alive = false;
      this.socket.destroy();
    }
    this.finish(status);
  }
}

/** True once a chunked body's last (zero-size) chunk and trailer end are in `buffer`. */
function chunkedComplete(buffer, start) {
  let at = start;
  for (;;) {
    const lineEnd = buffer.indexOf('\r\n', at);
    if (lineEnd < 0) return false;
    const size = parseInt(buffer.toString('latin1', at, lineEnd), 16);
    if (Number.isNaN(size)) return true; // malformed: stop waiting, the status is all the bench reads
    if (size === 0) return buffer.indexOf(HEADER_END, lineEnd) >= 0 || buffer.length >= lineEnd + 4;
    at = lineEnd + 2 + size + 2;
    if (at > buffer.length) return false;
  }
}

/** Up to `max` keep-alive connections to one origin; a request waits for a free one. */
export class ConnectionPool {
  constructor(url, max) {
    const target = new URL(url);
    this.host = target.hostname;
    this.port = Number(target.port || 80);
    this.max = max;
    this.idle = [];
    this.open = new Set();
    this.waiting = [];
  }

  async send(url, request) {
    const bytes = encodeRequest(url, request);
    const connection = await this.acquire();
    const status = await connection.send(bytes);
    this.release(connection);
    return status;
  }

  acquire() {
    // An idle connection the server closed (its keep-alive timeout) is dropped here, not reused.
    while (this.idle.length > 0) {
      const ready = this.idle.pop();
      if (ready.alive) return ready;
    }
    if (this.open.size < this.max) {
      const connection = new Connection(this.host, this.port, (gone) => this.open.delete(gone));
      this.open.add(connection);
      return connection;
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  release(connection) {
    if (!connection.alive) {
      // Its slot is free again: a waiting request gets a new connection.
      const waiter = this.waiting.shift();
      if (waiter) waiter(this.acquire());
      return;
    }
    const waiter = this.waiting.shift();
    if (waiter) waiter(connection);
    else this.idle.push(connection);
  }

  destroy() {
    for (const connection of this.open) {
      connection.alive = false;
      connection.socket.destroy();
    }
    this.open.clear();
    this.idle = [];
  }
}
