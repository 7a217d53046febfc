// Renders its children only for a signed-in analyst or admin: for edit links on read pages.
// Hiding a control is courtesy; every write still checks the role itself.
import { currentViewer } from '@/lib/auth/session';

export async function AnalystOnly({ children }: { children: React.ReactNode }) {
  return (await currentViewer()) ? <>{children}</> : null;
}
