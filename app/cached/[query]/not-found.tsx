import { PageNotFound } from "@/components/layout/page-not-found";

// An entry that does not exist, inside the cached pages' header.
export default PageNotFound;
