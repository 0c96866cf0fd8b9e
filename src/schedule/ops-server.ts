import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DeliveryError } from '../errors.ts';

/**
 * The one HTTP port `mujaz serve` answers on: /healthz and /metrics, plus whatever the adapters
 * mount (the Slack receiver, the Telegram webhook) as route handlers, bolt-js Receiver style.
 */
export type Health = {
  readonly ok: boolean;
  readonly store: 'ok' | 'unreachable';
  readonly scheduler: { readonly alive: boolean; readonly lastSweepAt?: string };
  readonly lastDeliveryAt?: string;
  readonly problem?: string;
};

/** A handler an adapter mounts; it returns true when it answered the request. */
export type RouteHandler = (request: IncomingMessage, response: ServerResponse) => boolean | Promise<boolean>;

/** Where to listen and how to answer /healthz and /metrics. */
export type OpsServerOptions = {
  readonly port: number;
  readonly host?: string;
  readonly health: () => Promise<Health>;
  readonly metrics: () => Promise<string>;
  readonly routes?: readonly RouteHandler[];
};

/** A listening HTTP server; `close` ends open connections too. */
export type OpsServer = { readonly port: number; close(): Promise<void> };

/** Start listening; resolves once the port is bound (port 0 picks a free one). */
export async function startOpsServer(options: OpsServerOptions): Promise<OpsServer> {
  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(`internal error: ${(error as Error).message}\n`);
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (request.method === 'GET' && path === '/healthz') {
      const health = await options.health();
      response.writeHead(health.ok ? 200 : 503, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
      response.end(`${JSON.stringify(health)}\n`);
      return;
    }
    if (request.method === 'GET' && path === '/metrics') {
      const text = await options.metrics();
      response.writeHead(200, { 'content-type': 'text/plain; version=0.0.4; charset=utf-8', 'cache-control': 'no-store' });
      response.end(text);
      return;
    }
    for (const route of options.routes ?? []) {
      if (await route(request, response)) return;
    }
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    response.end('not found; try /healthz or /metrics\n');
  }

  await new Promise<void>((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) =>
      reject(new DeliveryError(`cannot listen on ${options.host ?? '0.0.0.0'}:${options.port}: ${error.code ?? error.message} (set PORT to a free port)`, { cause: error }));
    server.once('error', onError);
    server.listen(options.port, options.host ?? '0.0.0.0', () => {
      server.off('error', onError);
      resolve();
    });
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
