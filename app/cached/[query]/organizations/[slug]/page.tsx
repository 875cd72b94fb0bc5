export { default, generateMetadata } from "@/app/(site)/organizations/[slug]/page";
