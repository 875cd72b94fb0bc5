import { notFound } from "next/navigation";

// An address no page has, in a language: the not-found page in that language, with the header.
export default function UnknownPage() {
  notFound();
}
