import { describe, expect, it } from "vitest";
import { fillNotFoundShell } from "@/lib/not-found-shell";

const shell =
  '<!DOCTYPE html><html id="__next_error__"><head><title>x</title></head><body><div hidden=""></div><script>1</script></body></html>';

describe("fillNotFoundShell", () => {
  it("writes the not-found page into Next's empty shell, in the address's language", () => {
    const html = fillNotFoundShell(shell, "/ko/projects/nope");
    expect(html).toContain('<html id="__next_error__" lang="ko">');
    expect(html).toContain('<body><main id="main"><h1>페이지를 찾을 수 없습니다</h1>');
    expect(html).toContain('<a href="/ko">개요로 이동</a>');
    expect(html).toContain('<a href="/ko/projects">프로젝트</a>');
    expect(html).toContain("<script>1</script>");
  });

  it("writes English at the root", () => {
    const html = fillNotFoundShell(shell, "/projects/nope");
    expect(html).toContain('lang="en"');
    expect(html).toContain("<h1>Page not found</h1>");
    expect(html).toContain('<a href="/">Go to the overview</a>');
  });

  it("leaves a page Next rendered itself as it is", () => {
    const page = '<!DOCTYPE html><html lang="fr"><body><main><h1>Page introuvable</h1></main></body></html>';
    expect(fillNotFoundShell(page, "/fr/x")).toBe(page);
  });
});
