/**
 * How long a service keeps an idle keep-alive connection open, and how long the gateway keeps one idle
 * in its pool: the client must give up first. With Node's defaults the other way round (a service
 * closed idle connections after 5 s, the gateway kept them), a request sent on a connection the service
 * was closing at that instant failed with ECONNRESET and the caller got a 503 — seen after every lull of
 * more than 5 s under load (measured: 4 of 3,000 sheets right after a 5 s pause).
 */
export const SERVICE_KEEP_ALIVE_MS = 65_000;
export const GATEWAY_IDLE_SOCKET_MS = SERVICE_KEEP_ALIVE_MS - 5_000;
