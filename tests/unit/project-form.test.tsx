import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ProjectForm, type ProjectFormValues } from "@/app/[locale]/(site)/projects/_components/project-form";
import { renderInLocale as render } from "@/tests/setup/intl";

// The form is tested on its own: the actions answer as a refused submission would.
vi.mock("@/lib/actions/projects", () => ({
  createProject: vi.fn(async () => ({
    ok: false,
    message: "Some fields need your attention: see the messages next to them.",
    errors: { title: ["Enter a title of at least 3 characters."] },
    values: { title: "ab", countryCodes: "FR", disciplines: ["FILM"], website: "ftp://x.example" },
  })),
  updateProject: vi.fn(),
}));

const option = (value: string, label: string) => ({ value, label });
const options = {
  partners: [option("o1", "Hanoi Puppetry Circle (Viet Nam)"), option("o2", "Lyon Stages (France)")],
  countries: [option("VN", "Viet Nam"), option("FR", "France")],
  cities: [option("c1", "Hue, Viet Nam")],
  partnerships: [option("p1", "Matera (ECoC 2019) – Quanzhou (CCEA 2018)")],
  workshops: [option("w1", "Ha Long workshop (2010)")],
  recommendations: [option("r1", "Coordinate the ministries")],
  languages: [option("en", "English"), option("ko", "Korean")],
};

const saved: ProjectFormValues = {
  title: "Shared Stages",
  summary: "Theatre makers from Hanoi and Lyon.",
  description: "Two companies **rehearse** together.",
  language: "ko",
  partnerOrganisationIds: ["o2"],
  countryCodes: ["VN"],
  cityIds: [],
  disciplines: ["PERFORMING_ARTS"],
  cooperationAreas: ["CO_CREATIONS"],
  startDate: "2025-03-01",
  endDate: "",
  website: "https://stages.example.org",
  partnershipId: "",
  workshopId: "w1",
  recommendationId: "",
};

// What a multiple select posts, read from the select itself: once Tom Select has drawn it
// (it loads after the field mounts), its label names the widget's text box instead.
const selected = (name: string) =>
  [...document.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!.selectedOptions].map(
    (o) => o.value,
  );

// The widgets start when Tom Select's module arrives, a moment after the fields mount: wait
// for them, so that a check never runs half before and half after.
const widgetsDrawn = () =>
  waitFor(() =>
    expect(document.querySelectorAll(".ts-wrapper")).toHaveLength(
      document.querySelectorAll("select[multiple]").length,
    ),
  );

describe("ProjectForm", () => {
  afterEach(cleanup);

  it("starts from the saved project, every field named by its label", () => {
    render(<ProjectForm options={options} project={{ id: "p-1", slug: "shared-stages", values: saved }} />);
    expect(screen.getByLabelText("Title")).toHaveProperty("value", "Shared Stages");
    expect(screen.getByLabelText("Language of the text")).toHaveProperty("value", "ko");
    expect(screen.getByLabelText("Description")).toHaveProperty("value", saved.description);
    expect(screen.getByText(/Markdown is allowed/)).toBeTruthy();
    expect(selected("partnerOrganisationIds")).toEqual(["o2"]);
    expect(selected("countryCodes")).toEqual(["VN"]);
    expect(selected("cityIds")).toEqual([]);
    expect(screen.getByLabelText("Performing arts")).toHaveProperty("checked", true);
    expect(screen.getByLabelText("Film")).toHaveProperty("checked", false);
    expect(screen.getByLabelText(/^Start date/)).toHaveProperty("value", "2025-03-01");
    expect(screen.getByLabelText(/^ASEM workshop/)).toHaveProperty("value", "w1");
    const disciplines = screen.getByRole("group", { name: "Disciplines" });
    expect(within(disciplines).getAllByRole("checkbox").length).toBeGreaterThan(5);
    expect(document.querySelector('input[name="projectId"]')).toHaveProperty("value", "p-1");
    expect(screen.getByRole("link", { name: "Cancel" }).getAttribute("href")).toBe("/projects/shared-stages");
  });

  it("after a refusal shows the messages and refills what was sent", async () => {
    render(<ProjectForm options={options} defaultLanguage="en" />);
    fireEvent.submit(screen.getByRole("button", { name: "Submit project" }).closest("form")!);

    // Next to the field, and in the summary, which takes the focus and links to the field.
    expect(await screen.findAllByText("Enter a title of at least 3 characters.")).toHaveLength(2);
    const summary = screen.getByRole("alert");
    expect(summary.textContent).toMatch(/need your attention/);
    await waitFor(() => expect(document.activeElement).toBe(summary));
    await widgetsDrawn();
    const link = screen.getByRole("link", { name: "Enter a title of at least 3 characters." });
    expect(link.getAttribute("href")).toBe("#title");
    const title = screen.getByLabelText("Title");
    expect(title).toHaveProperty("value", "ab");
    expect(title.getAttribute("aria-invalid")).toBe("true");
    expect(title.getAttribute("aria-describedby")).toBe("title-error");
    expect(selected("countryCodes")).toEqual(["FR"]);
    expect(screen.getByRole("combobox", { name: /^Countries/ })).toBeTruthy();
    expect(screen.getByLabelText("Film")).toHaveProperty("checked", true);
    expect(screen.getByLabelText(/^Website/)).toHaveProperty("value", "ftp://x.example");
    expect(screen.getByLabelText("Summary")).toHaveProperty("value", "");
    // Not sent by the mocked refusal, so the page's language again.
    expect(screen.getByLabelText("Language of the text")).toHaveProperty("value", "en");
  });
});
