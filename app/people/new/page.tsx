import type { Metadata } from 'next';
import { RecordEditorPage } from '@/components/forms/record-editor-page';

export const metadata: Metadata = { title: 'New person' };

export default function NewPersonPage() {
  return <RecordEditorPage kind="person" recordKey={null} path="/people/new" />;
}
