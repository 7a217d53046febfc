// Descriptions in the OpenAPI document mark code with backticks, as Markdown does: shown here as
// code rather than as raw backticks. Prose wraps between words; code where Breakable allows.
import { Breakable } from './breakable';

export function Prose({ text }: { text: string | undefined }) {
  if (!text) return null;
  return text.split('`').map((part, index) =>
    index % 2 === 1 ? (
      <code key={index}>
        <Breakable text={part} />
      </code>
    ) : (
      part
    ),
  );
}
