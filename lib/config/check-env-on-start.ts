import { env, EnvError } from './env';

// Imported once at server start (instrumentation.ts): a bad environment ends the process with a
// message that names each bad variable.
try {
  env();
} catch (error) {
  if (error instanceof EnvError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
