// The OpenAPI document's descriptions are Markdown (lib/markdown renders and escapes them): code
// shows as code, never as raw backticks, and a longer description keeps its paragraphs and lists.
import { markdownBlock, markdownInline } from '@/lib/markdown';

type Props = { text: string | undefined; block?: boolean; className?: string };

export function Prose({ text, block = false, className }: Props) {
  if (!text) return null;
  if (!block) return <span className={className} dangerouslySetInnerHTML={{ __html: markdownInline(text) }} />;
  const blockStyle = 'space-y-2 [&_ul]:list-disc [&_ul]:space-y-1 [&_ul]:pl-5';
  return (
    <div className={`${blockStyle} ${className ?? ''}`} dangerouslySetInnerHTML={{ __html: markdownBlock(text) }} />
  );
}
