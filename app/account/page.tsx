import type { Metadata } from 'next';
import { RevokeTokenButton } from '@/components/auth/revoke-token-button';
import { revokeTokenAction, createTokenAction } from '@/lib/actions/api-tokens';
import { TokenForm } from '@/components/auth/token-form';
import { listApiTokens } from '@/db/queries/api-tokens';
import { requirePageRole } from '@/lib/auth/require-page';
import { formatWhen } from '@/lib/time';

export const metadata: Metadata = { title: 'Account' };

function when(instant: string | null): string {
  return instant ? formatWhen(instant, 'UTC', 'minute') : 'never';
}

export default async function AccountPage() {
  const viewer = await requirePageRole('analyst', '/account');
  const tokens = await listApiTokens({ userId: viewer.id });
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">Account</h1>
      <p className="mt-2 text-slate-700 dark:text-slate-300">
        Signed in as {viewer.name} ({viewer.email}), {viewer.role}.
      </p>
      <section aria-labelledby="tokens-heading" className="mt-8">
        <h2 id="tokens-heading" className="text-lg font-semibold">
          API tokens
        </h2>
        <p className="mt-2 max-w-prose text-sm text-slate-700 dark:text-slate-300">
          A script sends a token as <code>Authorization: Bearer …</code> to the write API. It acts as you, with your
          role, and every change it makes is recorded under your name. Revoke a token as soon as you no longer need it.
        </p>
        {tokens.length === 0 ? (
          <p className="mt-4 text-sm">You have no tokens.</p>
        ) : (
          <div className="mt-4 overflow-x-auto">
            <table className="w-full text-left text-sm">
              <thead>
                <tr>
                  <th scope="col" className="py-1 pr-3">
                    Name
                  </th>
                  <th scope="col" className="py-1 pr-3">
                    Starts with
                  </th>
                  <th scope="col" className="py-1 pr-3">
                    Created
                  </th>
                  <th scope="col" className="py-1 pr-3">
                    Last used
                  </th>
                  <th scope="col" className="py-1">
                    <span className="sr-only">State</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {tokens.map((token) => (
                  <tr key={token.id} className="border-t border-slate-200 dark:border-slate-800">
                    <td className="py-1 pr-3">{token.name}</td>
                    <td className="py-1 pr-3 font-mono">{token.prefix}…</td>
                    <td className="py-1 pr-3">{when(token.createdAt)}</td>
                    <td className="py-1 pr-3">{when(token.lastUsedAt)}</td>
                    <td className="py-1">
                      {token.revokedAt ? (
                        <span>Revoked {when(token.revokedAt)}</span>
                      ) : (
                        <RevokeTokenButton name={token.name} revoke={revokeTokenAction.bind(null, token.id)} />
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <h3 className="mt-6 font-semibold">New token</h3>
        <TokenForm action={createTokenAction} />
      </section>
    </>
  );
}
