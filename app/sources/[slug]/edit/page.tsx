import type { Metadata } from 'next';
import { RecordEditorPage } from '@/components/forms/record-editor-page';

export const metadata: Metadata = { title: 'Edit source' };

export default async function EditSourcePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return <RecordEditorPage kind="source" recordKey={slug} path={`/sources/${slug}/edit`} />;
}
