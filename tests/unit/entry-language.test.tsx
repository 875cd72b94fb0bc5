import { cleanup, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ProjectCard } from "@/components/projects/project-list";
import { RecommendationForm } from "@/components/recommendations/recommendation-form";
import { RecommendationList } from "@/components/recommendations/recommendation-list";
import type { ProjectListItem } from "@/lib/queries/projects";
import { renderInLocale as render } from "@/tests/setup/intl";

vi.mock("@/lib/actions/recommendations", () => ({
  submitRecommendation: vi.fn(),
  updateRecommendation: vi.fn(),
}));

const languages = [
  { value: "en", label: "anglais" },
  { value: "fr", label: "français" },
  { value: "ko", label: "coréen" },
  { value: "vi", label: "vietnamien" },
];

// Content keeps the language it was written in, and says so to the browser.
describe("an entry's language", () => {
  afterEach(cleanup);

  it("is asked for by the recommendation form, starting from the page's language", () => {
    render(<RecommendationForm workshopId="w1" languages={languages} defaultLanguage="fr" />, "fr");
    expect(screen.getByLabelText("Langue du texte")).toHaveProperty("value", "fr");
    cleanup();

    render(<RecommendationForm workshopId="w1" languages={languages} defaultLanguage="ko" />, "ko");
    expect(screen.getByLabelText("본문 언어")).toHaveProperty("value", "ko");
    cleanup();

    const saved = { id: "r1", language: "vi", title: "Quỹ lưu trú", text: "…", audiences: [] };
    render(<RecommendationForm saved={saved} languages={languages} />, "fr");
    expect(screen.getByLabelText("Langue du texte")).toHaveProperty("value", "vi");
  });

  it("marks list items' titles and summaries with their own lang", () => {
    const project = {
      id: "p1",
      slug: "silk-road-sounds",
      title: "실크로드의 소리",
      summary: "서울과 리옹의 음악가들.",
      language: "ko",
      disciplines: [],
      endorsementCount: 0,
      isSample: false,
      sources: [],
      createdAt: new Date("2025-01-01"),
      leadOrganisation: { slug: "seoul", name: "Seoul Sound", verificationStatus: "VERIFIED" },
      countries: [],
    } satisfies ProjectListItem;
    render(<ProjectCard project={project} />, "fr");
    expect(screen.getByRole("link", { name: project.title }).getAttribute("lang")).toBe("ko");
    expect(screen.getByText(project.summary).getAttribute("lang")).toBe("ko");
    cleanup();

    render(
      <RecommendationList
        items={[
          {
            id: "r1",
            title: "Mở quỹ lưu trú cho giám tuyển trẻ",
            language: "vi",
            audiences: ["ASEF"],
            status: "SUBMITTED",
            endorsementCount: 2,
            isSample: false,
            submittedByLabel: "Hue Festival Friends",
            submittedByOrganisation: null,
          },
        ]}
      />,
      "de",
    );
    expect(screen.getByRole("link", { name: "Mở quỹ lưu trú cho giám tuyển trẻ" }).getAttribute("lang")).toBe(
      "vi",
    );
  });
});
