import type { Metadata } from 'next';
import { RecordEditorPage } from '@/components/forms/record-editor-page';

export const metadata: Metadata = { title: 'Edit party' };

export default async function EditPartyPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return <RecordEditorPage kind="party" recordKey={slug} path={`/parties/${slug}/edit`} />;
}
