import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderInLocale as render } from "@/tests/setup/intl";
import { SampleBadge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { Paragraphs } from "@/components/ui/paragraphs";

describe("ui", () => {
  it("links to the previous and next pages, keeping the filters", () => {
    render(
      <Pagination
        pathname="/projects"
        searchParams={{ q: "film", page: "2" }}
        page={2}
        pageCount={3}
        total={45}
      />,
    );
    expect(screen.getByRole("link", { name: "Previous page" }).getAttribute("href")).toBe("/projects?q=film");
    expect(screen.getByRole("link", { name: "Next page" }).getAttribute("href")).toBe(
      "/projects?q=film&page=3",
    );
    expect(screen.getByText("Page 2 of 3 (45 in all)")).toBeTruthy();
  });

  it("shows no pagination for a single page", () => {
    const { container } = render(
      <Pagination pathname="/projects" searchParams={{}} page={1} pageCount={1} total={3} />,
    );
    expect(container.innerHTML).toBe("");
  });

  it("announces an empty result", () => {
    render(<EmptyState title="No projects match these filters." />);
    expect(screen.getByRole("status").textContent).toContain("No projects match");
  });

  it("labels sample data", () => {
    render(<SampleBadge />);
    expect(screen.getByText("Sample data")).toBeTruthy();
  });

  it("renders text as paragraphs, never as HTML", () => {
    const { container } = render(<Paragraphs text={"First <script>alert(1)</script>\n\nSecond"} />);
    expect(container.querySelectorAll("p")).toHaveLength(2);
    expect(container.querySelector("script")).toBeNull();
  });
});
