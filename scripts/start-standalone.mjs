// Runs the standalone server (output: 'standalone') with its static assets in place, as a
// deployment would: .next/standalone needs .next/static and public/ copied beside it.
import { cpSync, existsSync } from 'node:fs';

// The server would print "Ready" and then stop on its first request without this: say it up front.
if (!process.env.SESSION_PASSWORD) {
  console.error(
    'SESSION_PASSWORD is not set. The production server needs a password of at least 32 characters\n' +
      'to seal session cookies. Make one and start again, for example:\n\n' +
      '  export SESSION_PASSWORD="$(openssl rand -base64 32)"\n  npm start\n\n' +
      'For a local try-out, `npm run dev` needs no password.',
  );
  process.exit(1);
}
if (!existsSync('.next/standalone/server.js')) {
  console.error('No production build found: run `npm run build` first.');
  process.exit(1);
}

cpSync('.next/static', '.next/standalone/.next/static', { recursive: true });
if (existsSync('public')) cpSync('public', '.next/standalone/public', { recursive: true });
process.chdir('.next/standalone');
await import(new URL('../.next/standalone/server.js', import.meta.url).href);
