// The benchmark's yardstick: the least a Node forwarding proxy can do. Every request is forwarded,
// method, path, headers and body as they are, to the target origin, and the answer is piped back.
// No validation, no allowlists, no session: the cost of our POST /api/invoke is compared to this.
//
//   node scripts/bench/minimal-proxy.mjs --port 3201 --target http://127.0.0.1:3200
import http from 'node:http';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

export function startMinimalProxy({ port, target, host = '127.0.0.1' }) {
  const upstream = new URL(target);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const server = http.createServer((request, response) => {
    const forwarded = http.request(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: request.method,
        path: request.url,
        headers: { ...request.headers, host: upstream.host },
        agent,
      },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    forwarded.on('error', () => {
      if (!response.headersSent) response.writeHead(502);
      response.end();
    });
    request.pipe(forwarded);
  });
  server.keepAliveTimeout = 65_000;
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '3201' },
      target: { type: 'string', default: 'http://127.0.0.1:3200' },
    },
  });
  await startMinimalProxy({ port: Number(values.port), target: values.target });
  process.stdout.write(`minimal proxy on http://127.0.0.1:${values.port} → ${values.target}\n`);
  if (process.send) process.send('ready');
}
