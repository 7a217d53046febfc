'use server';
import { isAPIError } from 'better-auth/api';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { clientAddress, limitSignIn } from '@/lib/auth/limits';
import { sameOriginPath } from '@/lib/auth/return-path';
import { getAuth } from '@/lib/auth/server';
import { AppError } from '@/lib/errors';

export type SignInState = { error: string | null; email: string };

const credentials = z.object({
  email: z.string().trim().max(254),
  password: z.string().max(256),
  next: z.string().max(500),
});

export async function signIn(_previous: SignInState, form: FormData): Promise<SignInState> {
  const { email, password, next } = credentials.parse({
    email: form.get('email') ?? '',
    password: form.get('password') ?? '',
    next: form.get('next') ?? '/',
  });
  const requestHeaders = await headers();
  try {
    // better-auth limits only requests to its own handler; a call from here needs our own limit.
    await limitSignIn({ email, address: clientAddress(requestHeaders) });
    await getAuth().api.signInEmail({ body: { email, password }, headers: requestHeaders });
  } catch (error) {
    if (error instanceof AppError) return { error: error.message, email };
    // better-auth's error class exists in more than one copy in a build; its own check covers all.
    if (isAPIError(error) && (error.status === 'FORBIDDEN' || error.status === 'TOO_MANY_REQUESTS'))
      return { error: error.message, email };
    // Unknown email and wrong password get the same words, so the form reveals no accounts.
    if (isAPIError(error)) return { error: 'Wrong email or password.', email };
    throw error;
  }
  redirect(sameOriginPath(next));
}

/** The browser then loads the timeline afresh, so nothing of the analyst's view stays behind. */
export async function signOut(): Promise<void> {
  await getAuth().api.signOut({ headers: await headers() });
}
