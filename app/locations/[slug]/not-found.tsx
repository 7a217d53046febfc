import { RecordNotFound } from '@/components/layout/record-not-found';

export default function LocationNotFound() {
  return (
    <RecordNotFound
      title="No such location"
      text="No location by that name is recorded, or the record was removed."
      back={{ href: '/participants#places', label: 'Browse all locations' }}
    />
  );
}
