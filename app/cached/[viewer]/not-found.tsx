import { PageNotFound } from "@/components/layout/page-not-found";

// An entry that does not exist, inside the header of the kind of viewer this copy is for.
export default PageNotFound;
