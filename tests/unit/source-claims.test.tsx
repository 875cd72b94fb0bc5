import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderInLocale as render } from "@/tests/setup/intl";
import { SourceClaims } from "@/components/meetings/source-claims";
import { SourceList } from "@/components/ui/source-list";

const claim = (id: string, topic: string, statement: string, source: string) => ({
  id,
  topic,
  statement,
  source,
});

describe("claims where sources disagree", () => {
  it("shows every claim with its source under a heading that says the sources disagree", () => {
    render(
      <SourceClaims
        claims={[
          claim("1", "dates", "7–9 September 2010", "the 2010 ASEF press release"),
          claim("2", "dates", "9–10 September 2010", "asef.org"),
          claim("3", "attendance", "36 countries", "Rzeczpospolita"),
        ]}
      />,
    );
    const heading = screen.getByRole("heading", { name: "The dates: 2 sources disagree" });
    const list = heading.nextElementSibling as HTMLElement;
    expect(
      within(list)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual([
      "7–9 September 2010 — source: the 2010 ASEF press release",
      "9–10 September 2010 — source: asef.org",
    ]);
    // A fact only one source states is shown as it is, with that source.
    expect(screen.getByRole("heading", { name: "Attendance" })).toBeTruthy();
    expect(screen.getByText("— source: Rzeczpospolita")).toBeTruthy();
  });

  it("shows nothing without claims", () => {
    const { container } = render(<SourceClaims claims={[]} />);
    expect(container.innerHTML).toBe("");
  });

  it("links a source that is a web address and names the others as written", () => {
    render(<SourceList sources={["https://cyprus-mail.com/2023/11/13/x/", "eu-japanfest.org"]} />);
    expect(screen.getByRole("link", { name: "https://cyprus-mail.com/2023/11/13/x/" })).toBeTruthy();
    expect(screen.getByText("eu-japanfest.org").tagName).toBe("LI");
  });
});
