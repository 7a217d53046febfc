import { RecordNotFound } from '@/components/layout/record-not-found';

export default function TopicNotFound() {
  return (
    <RecordNotFound
      title="No such topic"
      text="No topic by that name is recorded, or the record was removed."
      back={{ href: '/participants#topics', label: 'Browse all topics' }}
    />
  );
}
