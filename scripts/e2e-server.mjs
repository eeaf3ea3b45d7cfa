// Starts the production build for the end-to-end suite and copies its output to
// test-results/server.log, so the leak sweep can grep everything the server printed.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync } from 'node:fs';

mkdirSync('test-results', { recursive: true });
const log = createWriteStream('test-results/server.log', { flags: 'w' });
const standalone = existsSync('.next/standalone/server.js');
const child = standalone
  ? spawn(process.execPath, ['scripts/start-standalone.mjs'], { env: process.env })
  : spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start'], { env: process.env });
for (const stream of [child.stdout, child.stderr]) {
  stream.on('data', (chunk) => {
    log.write(chunk);
    process.stdout.write(chunk);
  });
}
const stop = () => child.kill('SIGTERM');
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
child.on('exit', (code) => {
  log.end();
  process.exit(code ?? 0);
});
