type Claim = { id: string; topic: string; statement: string; source: string };

// Facts as sources state them: where several state one differently, each claim with its
// source, none chosen over the others.
export function SourceClaims({ claims, id = "claims" }: { claims: Claim[]; id?: string }) {
  if (!claims.length) return null;
  const topics = [...new Set(claims.map((claim) => claim.topic))];
  return (
    <section aria-labelledby={id} className="mt-8">
      <h2 id={id} className="mb-2 text-xl font-semibold">
        What the sources say
      </h2>
      {topics.map((topic) => {
        const stated = claims.filter((claim) => claim.topic === topic);
        return (
          <div key={topic} className="mt-3">
            <h3 className="font-semibold">
              {stated.length > 1
                ? `The ${topic}: ${stated.length} sources disagree`
                : topic[0].toUpperCase() + topic.slice(1)}
            </h3>
            <ul className="mt-1 list-disc space-y-1 pl-5">
              {stated.map((claim) => (
                <li key={claim.id}>
                  <span className="font-medium">{claim.statement}</span>{" "}
                  <span className="text-gray-800">— source: {claim.source}</span>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
