export { default, generateMetadata } from "@/app/[locale]/(site)/organizations/[slug]/page";
