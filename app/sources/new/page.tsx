import type { Metadata } from 'next';
import { RecordEditorPage } from '@/components/forms/record-editor-page';

export const metadata: Metadata = { title: 'New source' };

export default function NewSourcePage() {
  return <RecordEditorPage kind="source" recordKey={null} path="/sources/new" />;
}
