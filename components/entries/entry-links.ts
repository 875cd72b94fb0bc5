// Entries as the items of a LinkList: each to its page, with its sample badge.
type Sample = { isSample?: boolean };

export const projectLinks = (projects: ({ slug: string; title: string } & Sample)[]) =>
  projects.map((p) => ({ key: p.slug, href: `/projects/${p.slug}`, label: p.title, sample: p.isSample }));

export const organisationLinks = (organisations: ({ slug: string; name: string } & Sample)[]) =>
  organisations.map((o) => ({
    key: o.slug,
    href: `/organizations/${o.slug}`,
    label: o.name,
    sample: o.isSample,
  }));

export const partnershipLinks = (partnerships: ({ id: string; name: string } & Sample)[]) =>
  partnerships.map((p) => ({ key: p.id, href: `/partnerships/${p.id}`, label: p.name, sample: p.isSample }));

export const workshopLinks = (workshops: { slug: string; title: string }[]) =>
  workshops.map((w) => ({ key: w.slug, href: `/workshops/${w.slug}`, label: w.title }));
