import type { Metadata } from 'next';
import { AccountForm } from '@/components/auth/account-form';
import { createAccountAction, setDisabledAction } from '@/lib/actions/accounts';
import { RestoreButton } from '@/components/auth/restore-button';
import { secondaryButtonClass } from '@/components/forms/field';
import { listAccounts, type AccountDTO } from '@/db/queries/accounts';
import { listDeleted, type DeletedDTO } from '@/db/queries/deleted';
import { requirePageRole } from '@/lib/auth/require-page';
import { formatWhen } from '@/lib/time';

export const metadata: Metadata = { title: 'Admin' };

export default async function AdminPage() {
  const viewer = await requirePageRole('admin', '/admin');
  const [accounts, deleted] = await Promise.all([listAccounts(), listDeleted()]);
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">Admin</h1>
      <section aria-labelledby="accounts-heading" className="mt-6">
        <h2 id="accounts-heading" className="text-lg font-semibold">
          Accounts
        </h2>
        <AccountsTable accounts={accounts} viewerId={viewer.id} />
        <h3 className="mt-6 font-semibold">New account</h3>
        <AccountForm action={createAccountAction} />
      </section>
      <section aria-labelledby="deleted-heading" className="mt-10">
        <h2 id="deleted-heading" className="text-lg font-semibold">
          Deleted records
        </h2>
        <DeletedList deleted={deleted} />
      </section>
    </>
  );
}

/** Every account, with a button to disable or enable each one but the viewer's own. */
function AccountsTable({ accounts, viewerId }: { accounts: AccountDTO[]; viewerId: string }) {
  return (
    <div className="mt-2 overflow-x-auto">
      <table className="w-full text-left text-sm">
        <thead>
          <tr>
            <th scope="col" className="py-1 pr-3">
              Email
            </th>
            <th scope="col" className="py-1 pr-3">
              Name
            </th>
            <th scope="col" className="py-1 pr-3">
              Role
            </th>
            <th scope="col" className="py-1 pr-3">
              State
            </th>
            <th scope="col" className="py-1">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {accounts.map((account) => (
            <tr key={account.id} className="border-t border-slate-200 dark:border-slate-800">
              <td className="py-1 pr-3">{account.email}</td>
              <td className="py-1 pr-3">{account.name}</td>
              <td className="py-1 pr-3">{account.role}</td>
              <td className="py-1 pr-3">{account.disabled ? 'Disabled' : 'Active'}</td>
              <td className="py-1">
                {account.id !== viewerId && (
                  <form action={setDisabledAction.bind(null, account.id, !account.disabled)}>
                    <button
                      type="submit"
                      className={secondaryButtonClass}
                      aria-label={`${account.disabled ? 'Enable' : 'Disable'} ${account.email}`}
                    >
                      {account.disabled ? 'Enable' : 'Disable'}
                    </button>
                  </form>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The records deleted so far, each with the button that restores it. */
function DeletedList({ deleted }: { deleted: DeletedDTO[] }) {
  return deleted.length === 0 ? (
    <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">Nothing has been deleted.</p>
  ) : (
    <ul className="mt-2 space-y-2 text-sm">
      {deleted.map((record) => (
        <li key={`${record.kind}-${record.id}`} className="flex flex-wrap items-center gap-3">
          <span>
            <span className="font-medium">{record.label}</span> ({record.kind}), deleted{' '}
            {formatWhen(record.deletedAt, 'UTC', 'minute')}
          </span>
          <RestoreButton kind={record.kind} id={record.id} label={record.label} />
        </li>
      ))}
    </ul>
  );
}
