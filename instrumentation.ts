// Runs once when the server starts: migrate, seed an empty database, and mark the database as
// in use so that a restore refuses to replace it under the running server.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { prepareDatabase } = await import('./db/bootstrap');
    const { resolveDatabasePath } = await import('./db/connection');
    const { claimServerLock } = await import('./db/server-lock');
    await prepareDatabase();
    claimServerLock(resolveDatabasePath());
  }
}
