// The test accounts globalSetup creates; `signIn` is left signed out for the sign-in form test.
export const ACCOUNTS = {
  analyst: { email: 'analyst@parley.test', password: 'analyst password one', role: 'analyst', name: 'Ana Analyst' },
  second: { email: 'second@parley.test', password: 'analyst password two', role: 'analyst', name: 'Sam Second' },
  admin: { email: 'admin@parley.test', password: 'admin password three', role: 'admin', name: 'Ada Admin' },
  signIn: { email: 'signin@parley.test', password: 'sign-in password four', role: 'analyst', name: 'Sig Nin' },
} as const;

export function storageStateFor(account: keyof typeof ACCOUNTS): string {
  return `.test-output/auth/${account}.json`;
}

/** A name no other test run or seeded record uses. */
export function unique(prefix: string): string {
  return `${prefix} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}
