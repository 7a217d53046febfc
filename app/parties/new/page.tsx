import type { Metadata } from 'next';
import { RecordEditorPage } from '@/components/forms/record-editor-page';

export const metadata: Metadata = { title: 'New party' };

export default function NewPartyPage() {
  return <RecordEditorPage kind="party" recordKey={null} path="/parties/new" />;
}
