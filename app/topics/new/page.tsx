import type { Metadata } from 'next';
import { RecordEditorPage } from '@/components/forms/record-editor-page';

export const metadata: Metadata = { title: 'New topic' };

export default function NewTopicPage() {
  return <RecordEditorPage kind="topic" recordKey={null} path="/topics/new" />;
}
