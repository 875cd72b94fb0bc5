// Only web addresses become links: a stored "javascript:" URL must never be clickable.
export function ExternalLink({ href }: { href: string }) {
  return /^https?:\/\//i.test(href) ? (
    <a href={href} rel="nofollow noopener" className="break-all">
      {href}
    </a>
  ) : (
    <span className="break-all">{href}</span>
  );
}
