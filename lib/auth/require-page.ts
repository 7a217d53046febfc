import 'server-only';
// For pages that only analysts use: a reader is sent to sign in and brought back afterwards.
// The page check is a courtesy; the writes behind the page check the role again themselves.
import { redirect } from 'next/navigation';
import type { UserRole } from '@/db/enums';
import { currentViewer, type Viewer } from './session';

export async function requirePageRole(role: UserRole, path: string): Promise<Viewer> {
  const viewer = await currentViewer();
  if (!viewer) redirect(`/sign-in?next=${encodeURIComponent(path)}`);
  if (role === 'admin' && viewer.role !== 'admin') redirect('/');
  return viewer;
}
