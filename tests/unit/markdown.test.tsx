import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { Markdown } from "@/components/ui/markdown";

describe("Markdown", () => {
  it("renders emphasis, lists and links", () => {
    const { container } = render(
      <Markdown text={"A **bold** plan.\n\n- one\n- two\n\n[ASEF](https://asef.org)"} />,
    );
    expect(container.querySelector("strong")?.textContent).toBe("bold");
    expect(container.querySelectorAll("li")).toHaveLength(2);
    const link = container.querySelector("a");
    expect(link?.getAttribute("href")).toBe("https://asef.org");
    expect(link?.getAttribute("rel")).toContain("noopener");
  });

  it("drops raw HTML, scripts and event handlers", () => {
    const { container } = render(
      <Markdown
        text={
          'Hello <script>alert(1)</script>\n\n<img src=x onerror="alert(2)">\n\n<div onclick="alert(3)">x</div>'
        }
      />,
    );
    expect(container.querySelector("script")).toBeNull();
    expect(container.querySelector("img")).toBeNull();
    expect(container.querySelector("[onclick]")).toBeNull();
    expect(container.innerHTML).not.toMatch(/onerror|onclick|<script/);
  });

  it("neutralises javascript: links and loads no images", () => {
    const { container } = render(
      <Markdown text={"[click](javascript:alert(1)) ![tracker](https://example.org/pixel.png)"} />,
    );
    expect(container.querySelector("a")?.getAttribute("href") ?? "").not.toMatch(/javascript/i);
    expect(container.querySelector("img")).toBeNull();
    expect(container.textContent).toContain("tracker");
  });

  it("keeps the page's heading outline: a # heading becomes an h3", () => {
    const { container } = render(<Markdown text={"# Title\n\ntext"} />);
    expect(container.querySelector("h1")).toBeNull();
    expect(container.querySelector("h3")?.textContent).toBe("Title");
  });
});
