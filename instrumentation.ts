/**
 * Runs once when the server starts: validate the configuration so that a bad value stops the
 * start with a message naming the variable, instead of failing on the first request.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    await import('./lib/config/check-env-on-start');
  }
}
