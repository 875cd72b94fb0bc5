import ReactMarkdown, { type Components } from "react-markdown";

// Headings inside user text start below the page's own h2 sections.
const components: Components = {
  h1: ({ children }) => <h3 className="text-lg font-semibold">{children}</h3>,
  h2: ({ children }) => <h3 className="text-lg font-semibold">{children}</h3>,
  h3: ({ children }) => <h4 className="font-semibold">{children}</h4>,
  ul: ({ children }) => <ul className="list-disc space-y-1 pl-6">{children}</ul>,
  ol: ({ children }) => <ol className="list-decimal space-y-1 pl-6">{children}</ol>,
  blockquote: ({ children }) => (
    <blockquote className="border-l-4 border-gray-300 pl-3">{children}</blockquote>
  ),
  // Links typed by users: no referrer, no access to this window.
  a: ({ href, children }) => (
    <a href={href} rel="nofollow noopener noreferrer ugc">
      {children}
    </a>
  ),
  img: ({ alt }) => <span>{alt}</span>,
};

// Markdown typed by members, rendered safely: raw HTML is dropped (skipHtml), links
// keep only safe protocols (react-markdown's default URL filter drops javascript:),
// and images are shown as their alt text so no page loads outside content.
export function Markdown({ text }: { text: string }) {
  return (
    <div className="space-y-3 text-gray-800">
      <ReactMarkdown skipHtml components={components}>
        {text}
      </ReactMarkdown>
    </div>
  );
}
