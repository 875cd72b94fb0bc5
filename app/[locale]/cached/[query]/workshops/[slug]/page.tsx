export { default, generateMetadata } from "@/app/[locale]/(site)/workshops/[slug]/page";
