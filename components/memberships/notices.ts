// What the membership actions did, for the page they send the manager back to.
export const membershipNotices = {
  approve: "The request is approved: they can now act for the organisation, and were told by e-mail.",
  decline: "The request is declined: they were told why by e-mail.",
  promote: "They are now a manager: they can answer requests and manage members.",
  demote: "They are no longer a manager, still a member.",
  remove: "They no longer act for the organisation, and were told why by e-mail.",
};
