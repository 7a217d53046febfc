'use client';
// Who is reading, as the browser learns it from /api/viewer. Pages are cached and identical for
// every reader, so nothing on them may depend on the session; the few controls that belong to
// analysts (the header's links, "Edit") read it from here. Hiding a control is courtesy only:
// every write checks the role itself on the server.
import { usePathname } from 'next/navigation';
import { createContext, useContext, useEffect, useState } from 'react';
import type { ViewerDTO } from '@/lib/validation/dto';

/** `undefined` while the browser has not heard yet. */
const ViewerContext = createContext<ViewerDTO | undefined>(undefined);

async function fetchViewer(): Promise<ViewerDTO> {
  try {
    const response = await fetch('/api/viewer', { cache: 'no-store' });
    if (!response.ok) return null;
    return ((await response.json()) as { viewer: ViewerDTO }).viewer;
  } catch {
    return null;
  }
}

export function ViewerProvider({ children }: { children: React.ReactNode }) {
  const [viewer, setViewer] = useState<ViewerDTO | undefined>(undefined);
  // Asked once per page load; signing in is the only change a client navigation can bring (it
  // leaves /sign-in), and signing out loads the page afresh.
  const onSignInPage = usePathname() === '/sign-in';
  useEffect(() => {
    let current = true;
    void fetchViewer().then((next) => current && setViewer(next));
    return () => {
      current = false;
    };
  }, [onSignInPage]);
  return <ViewerContext value={viewer}>{children}</ViewerContext>;
}

export function useViewer(): ViewerDTO | undefined {
  return useContext(ViewerContext);
}
