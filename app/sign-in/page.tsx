import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { SignInForm } from '@/components/auth/sign-in-form';
import { sameOriginPath } from '@/lib/auth/return-path';
import { currentViewer } from '@/lib/auth/session';
import { signIn } from '@/lib/actions/sign-in';

export const metadata: Metadata = { title: 'Sign in' };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const { next } = await searchParams;
  // Only paths on this site, so the sign-in page cannot be used to bounce readers elsewhere.
  const target = sameOriginPath(next);
  if (await currentViewer()) redirect(target);
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">Sign in</h1>
      <p className="mt-2 text-slate-700 dark:text-slate-300">
        Analysts sign in to add and edit events. Reading needs no account.
      </p>
      <SignInForm action={signIn} next={target} />
    </>
  );
}
