// A running server leaves its process id beside the database file, so that a restore never
// swaps the file out from under it. A stale id (the server was killed) is simply ignored.
import fs from 'node:fs';

const lockPath = (databaseFile: string) => `${databaseFile}.server-pid`;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function claimServerLock(databaseFile: string): void {
  fs.writeFileSync(/*turbopackIgnore: true*/ lockPath(databaseFile), String(process.pid));
  process.once('exit', () => {
    try {
      if (fs.readFileSync(/*turbopackIgnore: true*/ lockPath(databaseFile), 'utf8') === String(process.pid))
        fs.rmSync(/*turbopackIgnore: true*/ lockPath(databaseFile));
    } catch {
      // Already gone: nothing to release.
    }
  });
}

/** The id of a live server using this database, or null. */
export function runningServer(databaseFile: string): number | null {
  try {
    const pid = Number(fs.readFileSync(/*turbopackIgnore: true*/ lockPath(databaseFile), 'utf8'));
    return Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid) ? pid : null;
  } catch {
    return null;
  }
}
