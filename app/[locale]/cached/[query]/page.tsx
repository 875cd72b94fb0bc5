export { default, generateMetadata } from "@/app/[locale]/(site)/page";
