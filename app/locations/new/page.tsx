import type { Metadata } from 'next';
import { RecordEditorPage } from '@/components/forms/record-editor-page';

export const metadata: Metadata = { title: 'New location' };

export default function NewLocationPage() {
  return <RecordEditorPage kind="location" recordKey={null} path="/locations/new" />;
}
