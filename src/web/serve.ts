/** Starts the web application on a port of this machine. */
import { serve, type ServerType } from '@hono/node-server';
import type { Db } from '../store/db.ts';
import { createApp } from './app.ts';

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export function startServer(db: Db, port: number, hostname = '127.0.0.1'): Promise<RunningServer> {
  const app = createApp({ db });
  return new Promise((resolve, reject) => {
    let server: ServerType | undefined;
    server = serve({ fetch: app.fetch, port, hostname }, (info) => {
      resolve({
        url: `http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${info.port}`,
        close: () => new Promise((done) => server?.close(() => done())),
      });
    });
    server.on('error', reject);
  });
}
