// Descriptions in the OpenAPI document mark code with backticks, as Markdown does: shown here as
// code rather than as raw backticks.
export function Prose({ text }: { text: string | undefined }) {
  if (!text) return null;
  return text.split('`').map((part, index) =>
    index % 2 === 1 ? (
      <code key={index} className="[overflow-wrap:anywhere]">
        {part}
      </code>
    ) : (
      part
    ),
  );
}
