import { PageNotFound } from "@/components/layout/page-not-found";

// An entry that does not exist, inside the header of whoever asked.
export default PageNotFound;
