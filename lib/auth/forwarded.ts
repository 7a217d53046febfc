// Which client a request comes from. `X-Forwarded-For` is whatever the client wrote unless a
// proxy of ours wrote it: PARLEY_TRUSTED_PROXIES says how many proxies stand in front of Parley
// (default none), and only the addresses those proxies appended are believed.

/** PARLEY_TRUSTED_PROXIES as a count of proxy hops; throws a one-line error for anything else. */
export function trustedProxyHops(value = process.env.PARLEY_TRUSTED_PROXIES): number {
  if (value === undefined || value.trim() === '') return 0;
  const hops = Number(value);
  if (!Number.isInteger(hops) || hops < 0 || hops > 10)
    throw new Error(`PARLEY_TRUSTED_PROXIES must be a whole number of proxy hops from 0 to 10, not "${value}"`);
  return hops;
}

/**
 * The client's address: with no trusted proxy the socket's; with N, the address the outermost
 * trusted proxy saw, N from the right of the chain "X-Forwarded-For, socket". Entries further
 * left were written by the client and prove nothing.
 */
export function clientAddressOf({
  forwardedFor,
  socketAddress,
  hops,
}: {
  forwardedFor: string | string[] | undefined;
  socketAddress: string | undefined;
  hops: number;
}): string {
  const listed = [forwardedFor ?? []]
    .flat()
    .flatMap((header) => header.split(','))
    .map((entry) => entry.trim())
    .filter(Boolean);
  const chain = [...listed, socketAddress ?? 'unknown'];
  return chain[Math.max(0, chain.length - 1 - hops)];
}
