export { default, generateMetadata } from "@/app/(site)/workshops/[slug]/page";
