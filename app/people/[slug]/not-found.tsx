import { RecordNotFound } from '@/components/layout/record-not-found';

export default function PersonNotFound() {
  return (
    <RecordNotFound
      title="No such person"
      text="Nobody by that name is recorded, or the record was removed."
      back={{ href: '/participants', label: 'Browse all participants' }}
    />
  );
}
