import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const FILES: Readonly<Record<string, { file: string; type: string }>> = {
  '/': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/floor.js': { file: 'floor.js', type: 'text/javascript; charset=utf-8' },
};

/**
 * Serves the floor page (scripts/bench/floor/) on a loopback port until `stop` is called. The
 * page is read once; it is the same for every run.
 */
export async function startFloor(port: number): Promise<{ url: string; stop: () => void }> {
  const bodies = new Map(
    Object.entries(FILES).map(([path, { file, type }]) => [
      path,
      { body: readFileSync(new URL(`./floor/${file}`, import.meta.url)), type },
    ]),
  );
  const server = createServer((request, response) => {
    const served = bodies.get(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (!served) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': served.type }).end(served.body);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${String(port)}/`,
    stop: () => {
      server.close();
    },
  };
}
