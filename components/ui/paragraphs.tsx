// Plain text with blank lines between paragraphs, rendered as text (never as HTML).
export function Paragraphs({ text }: { text: string }) {
  return (
    <div className="space-y-3 text-gray-800">
      {text
        .split(/\n\s*\n/)
        .map((paragraph) => paragraph.trim())
        .filter(Boolean)
        .map((paragraph, index) => (
          <p key={index}>{paragraph}</p>
        ))}
    </div>
  );
}
