import type { Metadata } from 'next';
import { RecordEditorPage } from '@/components/forms/record-editor-page';

export const metadata: Metadata = { title: 'Edit topic' };

export default async function EditTopicPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return <RecordEditorPage kind="topic" recordKey={slug} path={`/topics/${slug}/edit`} />;
}
