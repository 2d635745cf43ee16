/** Starts the web application on a port of this machine. */
import { serve, type ServerType } from '@hono/node-server';
import type { Server } from 'node:http';
import type { Store } from '../store/db.ts';
import { keepStatisticsFresh } from '../store/statistics.ts';
import { createApp } from './app.ts';
import type { ServerLimits } from './limits.ts';

export interface RunningServer {
  url: string;
  /**
   * Stops accepting requests and waits up to `graceMs` for those in progress; the connections still
   * open then are closed. Resolves true when every request finished.
   */
  close(graceMs?: number): Promise<boolean>;
}

export function startServer(
  store: Store,
  port: number,
  hostname = '127.0.0.1',
  limits: Partial<ServerLimits> = {},
): Promise<RunningServer> {
  const app = createApp({ db: store, limits });
  return new Promise((resolve, reject) => {
    const server: ServerType = serve({ fetch: app.fetch, port, hostname }, (info) => {
      // PGlite has no autovacuum: the server keeps the planner's statistics fresh itself.
      const statistics = keepStatisticsFresh(store, (error) =>
        console.error(`Gathering statistics failed: ${error instanceof Error ? error.message : String(error)}`),
      );
      resolve({
        url: `http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${info.port}`,
        close: (graceMs = 3000) => {
          statistics.stop();
          return closeGracefully(server as Server, graceMs);
        },
      });
    });
    server.on('error', reject);
  });
}

function closeGracefully(server: Server, graceMs: number): Promise<boolean> {
  return new Promise((done) => {
    const timer = setTimeout(() => {
      server.closeAllConnections();
      done(false);
    }, graceMs);
    server.close(() => {
      clearTimeout(timer);
      done(true);
    });
    server.closeIdleConnections(); // keep-alive connections between requests would hold close() open
  });
}
