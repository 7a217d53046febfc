import { RecordNotFound } from '@/components/layout/record-not-found';

export default function EventNotFound() {
  return (
    <RecordNotFound
      title="No such event"
      text="There is no event at this address. It may have been renamed or removed."
      back={{ href: '/', label: 'Back to the timeline' }}
    />
  );
}
