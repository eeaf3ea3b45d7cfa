// Runs the standalone server (output: 'standalone') with its static assets in place, as a
// deployment would: .next/standalone needs .next/static and public/ copied beside it.
import { cpSync, existsSync } from 'node:fs';

cpSync('.next/static', '.next/standalone/.next/static', { recursive: true });
if (existsSync('public')) cpSync('public', '.next/standalone/public', { recursive: true });
process.chdir('.next/standalone');
await import(new URL('../.next/standalone/server.js', import.meta.url).href);
