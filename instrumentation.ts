// Runs once when the server starts: migrate, and seed an empty database, before any request.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { prepareDatabase } = await import('./db/bootstrap');
    await prepareDatabase();
  }
}
