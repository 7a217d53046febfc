import { RecordNotFound } from '@/components/layout/record-not-found';

export default function PartyNotFound() {
  return (
    <RecordNotFound
      title="No such party"
      text="No state, organisation or delegation by that name is recorded, or the record was removed."
      back={{ href: '/participants?show=parties', label: 'Browse all parties' }}
    />
  );
}
