export { default, generateMetadata } from "@/app/organizations/[slug]/page";
