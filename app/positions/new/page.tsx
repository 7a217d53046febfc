import type { Metadata } from 'next';
import { RecordEditorPage } from '@/components/forms/record-editor-page';

export const metadata: Metadata = { title: 'New position' };

export default function NewPositionPage() {
  return <RecordEditorPage kind="position" recordKey={null} path="/positions/new" />;
}
