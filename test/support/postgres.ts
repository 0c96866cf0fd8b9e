/**
 * A real PostgreSQL server for the tests: Debian's `postgresql` package (initdb and pg_ctl under
 * /usr/lib/postgresql/<version>/bin), a fresh cluster in a temporary folder, on a free port of
 * 127.0.0.1, stopped and removed afterwards. PostgreSQL refuses to run as root, so under root the
 * cluster belongs to the `postgres` user and the tools run as it. A server that cannot start fails
 * the test that asked for it, with the tool's own output: nothing is skipped.
 */
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type PostgresServer = {
  /** A connection string for the server's `mujaz` database, as MUJAZ_DATABASE_URL takes it. */
  readonly url: string;
  /** A new, empty database on the server, for one test. */
  createDatabase(name: string): string;
  stop(): void;
};

function binDir(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((name) => existsSync(join(root, name, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a)) : [];
  if (versions.length === 0) throw new Error("PostgreSQL is not installed: install Debian's postgresql package (.ci/run does), which puts initdb under /usr/lib/postgresql/<version>/bin");
  return join(root, versions[0]!, 'bin');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function userIdOf(name: string): { uid: number; gid: number } {
  const uid = Number(execFileSync('id', ['-u', name], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', name], { encoding: 'utf8' }).trim());
  return { uid, gid };
}

/** Start a server; call `stop` when done (an afterAll). */
export async function startPostgres(): Promise<PostgresServer> {
  const bin = binDir();
  const dir = mkdtempSync(join(tmpdir(), 'mujaz-pg-'));
  const data = join(dir, 'data');
  const asRoot = process.getuid?.() === 0;
  // Run a PostgreSQL tool as the user who owns the cluster.
  const run = (tool: string, args: readonly string[]): string => {
    const command = join(bin, tool);
    try {
      return asRoot
        ? execFileSync('runuser', ['-u', 'postgres', '--', command, ...args], { encoding: 'utf8', stdio: 'pipe' })
        : execFileSync(command, [...args], { encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      const failure = error as { stderr?: string; stdout?: string; message: string };
      throw new Error(`${tool} failed: ${failure.stderr || failure.stdout || failure.message}`);
    }
  };
  if (asRoot) {
    const { uid, gid } = userIdOf('postgres');
    chownSync(dir, uid, gid);
  }
  const port = await freePort();
  run('initdb', ['-D', data, '-U', 'mujaz', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8']);
  run('pg_ctl', ['-D', data, '-l', join(dir, 'server.log'), '-w', '-t', '30', 'start', '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`]);
  const base = `postgres://mujaz@127.0.0.1:${port}`;
  run('createdb', ['-h', '127.0.0.1', '-p', String(port), '-U', 'mujaz', 'mujaz']);
  return {
    url: `${base}/mujaz`,
    createDatabase(name) {
      run('createdb', ['-h', '127.0.0.1', '-p', String(port), '-U', 'mujaz', name]);
      return `${base}/${name}`;
    },
    stop() {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
